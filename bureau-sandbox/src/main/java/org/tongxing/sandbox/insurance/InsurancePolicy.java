package org.tongxing.sandbox.insurance;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An insurance policy of a rehabilitation institution (item 5.1).
 *
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
    PolicyKind kind,
    String insuredName,
    String insuredCreditCode,
    LocalDate validFrom,
    LocalDate validUntil,
    String status,
    BigDecimal sumInsured,
    Integer insuredChildren,
    BigDecimal sumInsuredPerChild) {

  @JsonProperty("kindName")
  public String kindName() {
    return kind.chineseName();
  }
}
