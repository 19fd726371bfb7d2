package org.tongxing.sandbox.dpf;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * The cause of a disability (致残原因) as the assessment behind a certificate records it. Item 6.2
 * of the policy sets a higher ceiling for children with autism (孤独症), who are certified under a
 * category (usually 精神残疾) that does not say so: the cause does.
 */
public enum DisabilityCause {
  AUTISM("autism", "孤独症"),
  CEREBRAL_PALSY("cerebral-palsy", "脑性瘫痪"),
  DOWN_SYNDROME("down-syndrome", "唐氏综合征"),
  CONGENITAL_CATARACT("congenital-cataract", "先天性白内障");

  private final String code;
  private final String chineseName;

  DisabilityCause(String code, String chineseName) {
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
  public static DisabilityCause fromCode(String code) {
    return Arrays.stream(values())
        .filter(cause -> cause.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Expected a disability cause code %s, but was '%s'"
                        .formatted(Arrays.stream(values()).map(DisabilityCause::code).toList(), code)));
  }
}
