package org.tongxing.sandbox.dpf;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * Disability categories of GB/T 26341-2010; {@link #digit()} is the 19th character of a certificate
 * number.
 */
public enum DisabilityCategory {
  VISUAL("visual", "视力残疾", '1'),
  HEARING("hearing", "听力残疾", '2'),
  SPEECH("speech", "言语残疾", '3'),
  PHYSICAL("physical", "肢体残疾", '4'),
  INTELLECTUAL("intellectual", "智力残疾", '5'),
  MENTAL("mental", "精神残疾", '6'),
  MULTIPLE("multiple", "多重残疾", '7');

  private final String code;
  private final String chineseName;
  private final char digit;

  DisabilityCategory(String code, String chineseName, char digit) {
    this.code = code;
    this.chineseName = chineseName;
    this.digit = digit;
  }

  @JsonValue
  public String code() {
    return code;
  }

  public String chineseName() {
    return chineseName;
  }

  public char digit() {
    return digit;
  }

  @JsonCreator
  public static DisabilityCategory fromCode(String code) {
    return Arrays.stream(values())
        .filter(category -> category.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Expected a disability category code, but was '%s'".formatted(code)));
  }
}
