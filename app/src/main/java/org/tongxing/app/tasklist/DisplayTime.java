package org.tongxing.app.tasklist;

/**
 * A moment for a {@code <time>} element.
 *
 * @param iso the machine-readable value for the {@code datetime} attribute
 * @param text the value as the reader's language writes it, in the tasklist's time zone
 */
public record DisplayTime(String iso, String text) {}
