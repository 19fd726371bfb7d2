package org.tongxing.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The code lists of the simulated systems of items 5 and 6: each code as the systems exchange it
 * and its Chinese name as they show it. Records keep codes as strings and check them when read, so
 * a data file with a wrong code fails at start-up naming the code and the list.
 */
public enum Vocabulary {
  /** 致残原因 recorded by a certificate's assessment; item 6.2's autism ceiling reads it. */
  DISABILITY_CAUSE(
      "disabilityCause",
      "autism",
      "孤独症",
      "cerebral-palsy",
      "脑性瘫痪",
      "down-syndrome",
      "唐氏综合征",
      "congenital-cataract",
      "先天性白内障"),
  /** 公办 or 民办; item 6.4's operating subsidy goes to private institutions. */
  OWNERSHIP("ownership", "public", "公办", "private", "民办"),
  /** The legal-person forms item 5.2 names, and others a registry holds. */
  LEGAL_PERSON_TYPE(
      "legalPersonType",
      "public-institution",
      "事业单位",
      "private-non-enterprise",
      "民办非企业单位",
      "enterprise",
      "企业",
      "social-organization",
      "社会团体"),
  /** The two certificates item 6.3 accepts. */
  DEFERRAL_KIND("kind", "deferral", "缓学证明", "suspension", "休学证明"),
  /** What a county special-education committee concluded (item 6.3). */
  FINDING_CONCLUSION("conclusion", "unfit", "不具备义务教育入学条件", "fit", "具备义务教育入学条件"),
  /** The two insurances item 5.1 requires. */
  POLICY_KIND("kind", "institution-liability", "机构责任保险", "child-accident", "在训儿童意外伤害保险");

  private final String field;
  private final Map<String, String> names = new LinkedHashMap<>();

  Vocabulary(String field, String... codesAndNames) {
    this.field = field;
    for (int i = 0; i < codesAndNames.length; i += 2) {
      names.put(codesAndNames[i], codesAndNames[i + 1]);
    }
  }

  /**
   * @return the code, checked
   * @throws IllegalArgumentException naming the field and the codes when it is not one of them
   */
  public String require(String code) {
    if (!names.containsKey(code)) {
      throw new IllegalArgumentException(
          "Expected %s to be one of %s, but was '%s'".formatted(field, names.keySet(), code));
    }
    return code;
  }

  /** The code, checked, or {@code null} for none. */
  public String requireOptional(String code) {
    return code == null ? null : require(code);
  }

  /** The Chinese name of a code, or {@code null} for none. */
  public String nameOf(String code) {
    return code == null ? null : names.get(require(code));
  }
}
