package org.tongxing.sandbox.education;

import java.time.LocalDate;

/**
 * A certificate earned through the adult college entrance examination (成人高考) or the higher
 * education self-study examination (高等教育自学考试), as {@code GET
 * /sandbox/education/exam-certificates/{certificateNumber}} answers it.
 *
 * @param examType {@code adult-college-entrance} or {@code self-study}
 * @param level {@code junior-college} (专科) or {@code bachelor} (本科)
 */
public record ExamCertificate(
    String certificateNumber,
    String holderName,
    String holderIdNumber,
    String examType,
    String examTypeName,
    String level,
    String levelName,
    String major,
    LocalDate issuedOn,
    String issuer) {}
