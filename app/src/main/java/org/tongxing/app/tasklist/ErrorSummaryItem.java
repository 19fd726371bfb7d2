package org.tongxing.app.tasklist;

/** One line of the error summary above a refused form: a link to the field and its message. */
public record ErrorSummaryItem(String fieldId, String message) {}
