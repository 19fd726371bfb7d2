package org.tongxing.app.tasklist;

/**
 * A variable of a process instance.
 *
 * @param value the value as JSON text
 * @param truncated whether the engine cut the value short because it is large
 */
public record ProcessVariable(String name, String value, boolean truncated) {}
