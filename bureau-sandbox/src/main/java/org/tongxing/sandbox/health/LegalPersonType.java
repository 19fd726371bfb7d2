package org.tongxing.sandbox.health;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The legal-person forms item 5.2 names (事业单位、民办非企业单位或企业), and others a registry also
 * holds.
 */
public enum LegalPersonType {
  PUBLIC_INSTITUTION("public-institution", "事业单位"),
  PRIVATE_NON_ENTERPRISE("private-non-enterprise", "民办非企业单位"),
  ENTERPRISE("enterprise", "企业"),
  SOCIAL_ORGANIZATION("social-organization", "社会团体");

  private final String code;
  private final String chineseName;

  LegalPersonType(String code, String chineseName) {
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
  public static LegalPersonType fromCode(String code) {
    for (LegalPersonType type : values()) {
      if (type.code.equals(code)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "Expected a legal-person type code, but was '%s'".formatted(code));
  }
}
