package org.tongxing.app.approval;

/**
 * A step a case can be sent back to (退回).
 *
 * @param applicant the process marks the step as the applicant's (zeebe:property {@code
 *     returnTarget} = {@code applicant}): "back to the applicant"
 */
public record ReturnTarget(String elementId, String name, boolean applicant) {}
