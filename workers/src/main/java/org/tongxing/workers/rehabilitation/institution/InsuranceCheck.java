package org.tongxing.workers.rehabilitation.institution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tongxing.workers.bureau.insurance.InsurancePolicy;
import org.tongxing.workers.rehabilitation.IsoDates;

/**
 * Whether the institution carries the two insurances of item 5.1 on the day of the check (process
 * variable {@code insurance}): 机构责任保险 and 在训儿童意外伤害保险.
 *
 * @param liability the liability policy in force, or {@code null}
 * @param accident the children's accident policy in force, or {@code null}
 * @param reason what is missing, in Chinese; {@code null} when both are in force
 */
public record InsuranceCheck(
    String asOf,
    boolean liabilityInForce,
    boolean accidentInForce,
    boolean allInForce,
    Policy liability,
    Policy accident,
    String reason) {

  static final String REASON_NO_LIABILITY = "未投保在保险期间内的机构责任保险";
  static final String REASON_NO_ACCIDENT = "未投保在保险期间内的在训儿童意外伤害保险";

  /** A policy in force. */
  public record Policy(
      String policyNumber,
      String insurer,
      String validFrom,
      String validUntil,
      BigDecimal sumInsured,
      Integer insuredChildren,
      BigDecimal sumInsuredPerChild) {

    static Policy of(InsurancePolicy policy) {
      return new Policy(
          policy.policyNumber(),
          policy.insurer(),
          IsoDates.format(policy.validFrom()),
          IsoDates.format(policy.validUntil()),
          policy.sumInsured(),
          policy.insuredChildren(),
          policy.sumInsuredPerChild());
    }
  }

  public static InsuranceCheck of(List<InsurancePolicy> policies, LocalDate asOf) {
    Optional<Policy> liability = inForce(policies, InsurancePolicy.INSTITUTION_LIABILITY, asOf);
    Optional<Policy> accident = inForce(policies, InsurancePolicy.CHILD_ACCIDENT, asOf);
    List<String> missing = new ArrayList<>();
    liability.ifPresentOrElse(policy -> {}, () -> missing.add(REASON_NO_LIABILITY));
    accident.ifPresentOrElse(policy -> {}, () -> missing.add(REASON_NO_ACCIDENT));
    return new InsuranceCheck(
        IsoDates.format(asOf),
        liability.isPresent(),
        accident.isPresent(),
        missing.isEmpty(),
        liability.orElse(null),
        accident.orElse(null),
        missing.isEmpty() ? null : String.join("；", missing));
  }

  private static Optional<Policy> inForce(
      List<InsurancePolicy> policies, String kind, LocalDate asOf) {
    return policies.stream()
        .filter(policy -> kind.equals(policy.kind()) && policy.coversDay(asOf))
        .max(Comparator.comparing(InsurancePolicy::validUntil))
        .map(Policy::of);
  }
}
