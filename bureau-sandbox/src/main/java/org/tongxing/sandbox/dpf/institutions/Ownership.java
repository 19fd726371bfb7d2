package org.tongxing.sandbox.dpf.institutions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Public (公办) or private (民办); item 6.4's operating subsidy goes to private institutions. */
public enum Ownership {
  PUBLIC("public", "公办"),
  PRIVATE("private", "民办");

  private final String code;
  private final String chineseName;

  Ownership(String code, String chineseName) {
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
  public static Ownership fromCode(String code) {
    for (Ownership ownership : values()) {
      if (ownership.code.equals(code)) {
        return ownership;
      }
    }
    throw new IllegalArgumentException(
        "Expected ownership 'public' or 'private', but was '%s'".formatted(code));
  }
}
