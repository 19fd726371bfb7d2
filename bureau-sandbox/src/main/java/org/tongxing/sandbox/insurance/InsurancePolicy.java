package org.tongxing.sandbox.insurance;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.tongxing.sandbox.Vocabulary;

/**
 * An insurance policy of a rehabilitation institution (item 5.1).
 *
 * @param kind {@code institution-liability} (机构责任保险) or {@code child-accident} (在训儿童意外伤害保险)
 * @param status {@code IN_FORCE} or {@code CANCELLED} (退保); expiry is {@code validUntil}, read
 *     against the date the caller asks about
 * @param sumInsured 保险金额 of a liability policy, yuan; {@code null} for accident policies
 * @param insuredChildren children covered by an accident policy; {@code null} for liability
 * @param sumInsuredPerChild 每人保额 of an accident policy, yuan
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InsurancePolicy(
    String policyNumber,
    String insurer,
    String kind,
    String insuredName,
    String insuredCreditCode,
    LocalDate validFrom,
    LocalDate validUntil,
    String status,
    BigDecimal sumInsured,
    Integer insuredChildren,
    BigDecimal sumInsuredPerChild) {

  public InsurancePolicy {
    Vocabulary.POLICY_KIND.require(kind);
  }

  @JsonProperty("kindName")
  public String kindName() {
    return Vocabulary.POLICY_KIND.nameOf(kind);
  }
}
