package org.tongxing.app.tasklist.form;

/** A heading or a paragraph of a form's {@code text} component, as plain text. */
public record TextBlock(boolean heading, String text) {}
