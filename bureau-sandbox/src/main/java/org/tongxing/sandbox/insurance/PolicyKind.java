package org.tongxing.sandbox.insurance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The two insurances item 5.1 requires of a designated institution. */
public enum PolicyKind {
  /** 定点康复机构责任保险. */
  INSTITUTION_LIABILITY("institution-liability", "机构责任保险"),
  /** 在训残疾儿童意外伤害保险. */
  CHILD_ACCIDENT("child-accident", "在训儿童意外伤害保险");

  private final String code;
  private final String chineseName;

  PolicyKind(String code, String chineseName) {
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
  public static PolicyKind fromCode(String code) {
    for (PolicyKind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "Expected kind 'institution-liability' or 'child-accident', but was '%s'".formatted(code));
  }
}
