package org.tongxing.sandbox;

import java.util.Arrays;

/** The bureau systems the sandbox simulates; each has its own latency and fault settings. */
public enum BureauSystem {
  /** 残疾人证 of the Disabled Persons' Federation: {@code /sandbox/dpf/disability-certificates}. */
  DPF_CERTIFICATES("dpf-certificates"),
  /** 残疾儿童定点康复机构 registry of the DPF: {@code /sandbox/dpf/designated-institutions}. */
  DPF_DESIGNATED_INSTITUTIONS("dpf-designated-institutions"),
  /**
   * 康复训练记录 the designated institutions report to the DPF: {@code /sandbox/dpf/training-records}.
   */
  DPF_TRAINING_RECORDS("dpf-training-records"),
  /** 缓学、休学证明 of the county education bureaus: {@code /sandbox/education/schooling-deferrals}. */
  EDUCATION_SCHOOLING_DEFERRALS("education-schooling-deferrals"),
  /**
   * 特殊儿童教育专业委员会鉴定 of the county committees: {@code /sandbox/education/special-education-findings}.
   */
  EDUCATION_SPECIAL_EDUCATION_FINDINGS("education-special-education-findings"),
  /** 医疗机构执业许可证 of the health commission: {@code /sandbox/health/medical-institution-licences}. */
  HEALTH_MEDICAL_LICENCES("health-medical-licences"),
  /**
   * 法人登记状态 as the health commission's licensing reads it: {@code /sandbox/health/legal-persons}.
   */
  HEALTH_LEGAL_PERSONS("health-legal-persons"),
  /** 机构责任保险 and 在训儿童意外伤害保险 policies: {@code /sandbox/insurance/policies}. */
  INSURANCE_POLICIES("insurance-policies"),
  /** 国库集中支付 of the city's Finance Bureau: {@code /sandbox/finance/payments}. */
  FINANCE_PAYMENTS("finance-payments"),
  /** SMS, letters and in-app messages to applicants: {@code /sandbox/notifications/notices}. */
  NOTIFICATIONS("notifications"),
  /** 户籍 of public security (公安): {@code /sandbox/public-security/household-registrations}. */
  PUBLIC_SECURITY_HOUSEHOLDS("public-security-households"),
  /** Local monthly minimum wages of HRSS (人社): {@code /sandbox/hrss/minimum-wages}. */
  HRSS_MINIMUM_WAGES("hrss-minimum-wages"),
  /**
   * Social insurance contributions and wages paid (人社): {@code
   * /sandbox/hrss/social-insurance-records}.
   */
  HRSS_SOCIAL_INSURANCE("hrss-social-insurance"),
  /** Business registration of market regulation (市场监管): {@code /sandbox/market-regulation/...}. */
  MARKET_BUSINESS_REGISTRATIONS("market-business-registrations"),
  /**
   * Organs and public institutions of the establishment office (编办): {@code
   * /sandbox/establishment/...}.
   */
  ESTABLISHMENT_PUBLIC_BODIES("establishment-public-bodies"),
  /**
   * 低保 / 低保边缘 households of civil affairs (民政): {@code /sandbox/civil-affairs/low-income-status}.
   */
  CIVIL_AFFAIRS_LOW_INCOME("civil-affairs-low-income"),
  /**
   * Social organisations registered by civil affairs (民政): {@code
   * /sandbox/civil-affairs/social-organisations}.
   */
  CIVIL_AFFAIRS_SOCIAL_ORGANISATIONS("civil-affairs-social-organisations"),
  /** School enrolment (学籍) of education (教育): {@code /sandbox/education/enrolments}. */
  EDUCATION_ENROLMENTS("education-enrolments"),
  /**
   * Adult and self-study examination certificates (教育考试院): {@code
   * /sandbox/education/exam-certificates}.
   */
  EDUCATION_EXAM_CERTIFICATES("education-exam-certificates"),
  /** The DPF's register of benefits granted (发放台账): {@code /sandbox/dpf/benefits}. */
  DPF_BENEFITS("dpf-benefits"),
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
