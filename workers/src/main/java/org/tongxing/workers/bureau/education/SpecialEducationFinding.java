package org.tongxing.workers.bureau.education;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * A county special-education committee's finding (鉴定) on a child (item 6.3).
 *
 * @param conclusion {@value #UNFIT} (不具备义务教育入学条件) or {@code fit}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SpecialEducationFinding(
    String findingNumber,
    String childName,
    String committee,
    String county,
    LocalDate assessedOn,
    String conclusion,
    String conclusionName,
    String recommendation) {

  public static final String UNFIT = "unfit";
}
