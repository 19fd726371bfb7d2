package org.tongxing.sandbox.education;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a county special-education committee concluded about a child (item 6.3). */
public enum FindingConclusion {
  /** 不具备义务教育入学条件: the finding item 6.3's age extension needs. */
  UNFIT("unfit", "不具备义务教育入学条件"),
  FIT("fit", "具备义务教育入学条件");

  private final String code;
  private final String chineseName;

  FindingConclusion(String code, String chineseName) {
    this.code = code;
    this.chineseName = chineseName;
  }

  @JsonValue
  public String code() {
    return code;
  }

  public String chineseName() {
    return chineseName;
  }

  @JsonCreator
  public static FindingConclusion fromCode(String code) {
    for (FindingConclusion conclusion : values()) {
      if (conclusion.code.equals(code)) {
        return conclusion;
      }
    }
    throw new IllegalArgumentException(
        "Expected conclusion 'unfit' or 'fit', but was '%s'".formatted(code));
  }
}
