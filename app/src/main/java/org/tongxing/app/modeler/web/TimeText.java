package org.tongxing.app.modeler.web;

/**
 * A moment for a {@code <time>} element: machine-readable and as the reader's language writes it.
 */
public record TimeText(String iso, String text) {}
