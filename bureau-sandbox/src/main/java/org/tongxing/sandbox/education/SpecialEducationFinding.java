package org.tongxing.sandbox.education;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.tongxing.sandbox.Vocabulary;

/**
 * A finding (鉴定) of a county special-education committee (特殊儿童教育专业委员会) on whether a child can enter
 * compulsory schooling (item 6.3).
 *
 * @param county the committee's county code
 * @param conclusion {@code unfit} (不具备义务教育入学条件, what item 6.3 needs) or {@code fit}
 */
public record SpecialEducationFinding(
    String findingNumber,
    String childName,
    String childIdNumber,
    String committee,
    String county,
    LocalDate assessedOn,
    String conclusion,
    String recommendation) {

  public SpecialEducationFinding {
    Vocabulary.FINDING_CONCLUSION.require(conclusion);
  }

  @JsonProperty("conclusionName")
  public String conclusionName() {
    return Vocabulary.FINDING_CONCLUSION.nameOf(conclusion);
  }
}
