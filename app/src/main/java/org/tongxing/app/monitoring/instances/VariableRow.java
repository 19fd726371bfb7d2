package org.tongxing.app.monitoring.instances;

/**
 * A process variable on the instance page.
 *
 * @param text its value as shown (indented JSON for lists and objects), ID numbers masked unless
 *     unmasked; {@code null} when too large to show
 * @param holdsIdNumber whether the value holds an ID number (editing it needs the unmasked value)
 */
public record VariableRow(String name, String text, boolean structured, boolean holdsIdNumber) {}
