package org.tongxing.app.monitoring;

/**
 * Something wrong with what a person entered, tied to its field.
 *
 * @param fieldId the id of the input, for the error summary's link
 * @param messageCode the message that says what is wrong
 * @param argument the message's argument, e.g. what was entered
 */
public record FieldProblem(String fieldId, String messageCode, String argument) {}
