package org.tongxing.workers.education;

/**
 * The student's enrolment in the school year (process variable {@code enrolmentCheck}): the school
 * level decides the amount of policy item 7.6–7.7 (中专含高中, 大专, 本科及以上), decided by the DMN table
 * {@code educationGrantAmount}.
 *
 * @param found whether the education bureau has an enrolment that school year
 * @param enrolled whether the student is studying (在读), not suspended, withdrawn or graduated
 * @param level the school level code, for example {@code bachelor}; {@code null} when not found
 * @param reason what stands in the way, in Chinese; {@code null} when enrolled
 */
public record EnrolmentCheck(
    boolean found,
    boolean enrolled,
    String schoolName,
    String level,
    String levelName,
    String grade,
    String status,
    String statusName,
    String reason) {}
