package org.tongxing.workers.education;

/**
 * The adult or self-study examination certificate an one-off grant is applied for (process variable
 * {@code examCertificateCheck}; policy item 7.6–7.7: "参加成人高考、自学考试并取得相应证书").
 *
 * @param found whether the certificate is on file
 * @param holderMatches whether it was issued to this student
 * @param issuedOn ISO date, or {@code null}
 * @param reason what stands in the way, in Chinese; {@code null} when it counts
 */
public record ExamCertificateCheck(
    String certificateNumber,
    boolean found,
    boolean holderMatches,
    String examType,
    String examTypeName,
    String level,
    String levelName,
    String major,
    String issuedOn,
    String reason) {}
