package org.tongxing.sandbox.education;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The two certificates item 6.3 accepts: 缓学证明 (deferral) and 休学证明 (suspension of schooling). */
public enum DeferralKind {
  DEFERRAL("deferral", "缓学证明"),
  SUSPENSION("suspension", "休学证明");

  private final String code;
  private final String chineseName;

  DeferralKind(String code, String chineseName) {
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
  public static DeferralKind fromCode(String code) {
    for (DeferralKind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "Expected kind 'deferral' or 'suspension', but was '%s'".formatted(code));
  }
}
