package org.tongxing.sandbox;

import java.util.Arrays;

/** The bureau systems the sandbox simulates; each has its own latency and fault settings. */
public enum BureauSystem {
  /** 残疾人证 of the Disabled Persons' Federation: {@code /sandbox/dpf/disability-certificates}. */
  DPF_CERTIFICATES("dpf-certificates"),
  /** 残疾儿童定点康复机构 registry of the DPF: {@code /sandbox/dpf/designated-institutions}. */
  DPF_DESIGNATED_INSTITUTIONS("dpf-designated-institutions"),
  /** 康复训练记录 the designated institutions report to the DPF: {@code /sandbox/dpf/training-records}. */
  DPF_TRAINING_RECORDS("dpf-training-records"),
  /** 缓学、休学证明 of the county education bureaus: {@code /sandbox/education/schooling-deferrals}. */
  EDUCATION_SCHOOLING_DEFERRALS("education-schooling-deferrals"),
  /**
   * 特殊儿童教育专业委员会鉴定 of the county committees: {@code
   * /sandbox/education/special-education-findings}.
   */
  EDUCATION_SPECIAL_EDUCATION_FINDINGS("education-special-education-findings"),
  /** 医疗机构执业许可证 of the health commission: {@code /sandbox/health/medical-institution-licences}. */
  HEALTH_MEDICAL_LICENCES("health-medical-licences"),
  /** 法人登记状态 as the health commission's licensing reads it: {@code /sandbox/health/legal-persons}. */
  HEALTH_LEGAL_PERSONS("health-legal-persons"),
  /** 机构责任保险 and 在训儿童意外伤害保险 policies: {@code /sandbox/insurance/policies}. */
  INSURANCE_POLICIES("insurance-policies"),
  /** 国库集中支付 of the city's Finance Bureau: {@code /sandbox/finance/payments}. */
  FINANCE_PAYMENTS("finance-payments"),
  /** SMS, letters and in-app messages to applicants: {@code /sandbox/notifications/notices}. */
  NOTIFICATIONS("notifications"),
  /** 法律援助 of the Justice Bureau: {@code /sandbox/justice/legal-aid-applications}. */
  JUSTICE_LEGAL_AID("justice-legal-aid");

  private final String code;

  BureauSystem(String code) {
    this.code = code;
  }

  /** The name used in the admin API, for example {@code dpf-certificates}. */
  public String code() {
    return code;
  }

  /**
   * @throws IllegalArgumentException if no system has this code
   */
  public static BureauSystem fromCode(String code) {
    return Arrays.stream(values())
        .filter(system -> system.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Expected system to be one of %s, but was '%s'"
                        .formatted(
                            Arrays.stream(values()).map(BureauSystem::code).toList(), code)));
  }
}
