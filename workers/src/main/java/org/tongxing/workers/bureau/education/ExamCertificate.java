package org.tongxing.workers.bureau.education;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * An adult or self-study examination certificate, as the education system answers it.
 *
 * @param examType {@code adult-college-entrance} (成人高考) or {@code self-study} (自学考试)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExamCertificate(
    String certificateNumber,
    String holderName,
    String holderIdNumber,
    String examType,
    String examTypeName,
    String level,
    String levelName,
    String major,
    LocalDate issuedOn) {}
