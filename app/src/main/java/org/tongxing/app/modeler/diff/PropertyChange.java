package org.tongxing.app.modeler.diff;

/**
 * One property of an element, before and after: {@code name}, {@code zeebe:taskDefinition/@type},
 * {@code inputEntry[1]/text}… A value that is absent on one side is null.
 */
public record PropertyChange(String property, String before, String after) {}
