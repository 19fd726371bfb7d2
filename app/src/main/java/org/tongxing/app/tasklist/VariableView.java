package org.tongxing.app.tasklist;

/**
 * A process variable as the page shows it.
 *
 * @param text the readable value; {@code null} when it was left out
 * @param structured whether the text is indented JSON (a list or an object)
 * @param omitted whether the value was too large to show
 */
public record VariableView(String name, String text, boolean structured, boolean omitted) {}
