package org.tongxing.sandbox;

import java.util.Arrays;

/** The bureau systems the sandbox simulates; each has its own latency and fault settings. */
public enum BureauSystem {
  /** 残疾人证 of the Disabled Persons' Federation: {@code /sandbox/dpf/disability-certificates}. */
  DPF_CERTIFICATES("dpf-certificates"),
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
