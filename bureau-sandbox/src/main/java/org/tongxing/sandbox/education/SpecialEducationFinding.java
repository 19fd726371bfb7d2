package org.tongxing.sandbox.education;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * A finding (鉴定) of a county special-education committee (特殊儿童教育专业委员会) on whether a child
 * can enter compulsory schooling (item 6.3).
 *
 * @param county the committee's county code
 */
public record SpecialEducationFinding(
    String findingNumber,
    String childName,
    String childIdNumber,
    String committee,
    String county,
    LocalDate assessedOn,
    FindingConclusion conclusion,
    String recommendation) {

  @JsonProperty("conclusionName")
  public String conclusionName() {
    return conclusion.chineseName();
  }
}
