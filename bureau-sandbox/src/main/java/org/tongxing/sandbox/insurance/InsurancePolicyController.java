package org.tongxing.sandbox.insurance;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.Identifiers;
import org.tongxing.sandbox.faults.FaultInjector;

/**
 * Simulates the insurers' policy look-up for institutions: {@code GET
 * /sandbox/insurance/policies?insuredCreditCode=…}, every policy of the institution, past and
 * present, empty when it has none.
 */
@RestController
@RequestMapping("/sandbox/insurance/policies")
@ConditionalOnSandboxEnabled
public class InsurancePolicyController {

  private final InsurancePolicyRepository policies;
  private final FaultInjector faults;

  public InsurancePolicyController(InsurancePolicyRepository policies, FaultInjector faults) {
    this.policies = policies;
    this.faults = faults;
  }

  @GetMapping
  public List<InsurancePolicy> findPolicies(@RequestParam String insuredCreditCode) {
    faults.beforeRequest(BureauSystem.INSURANCE_POLICIES);
    return policies.policiesOf(
        Identifiers.requireCreditCode("insuredCreditCode", insuredCreditCode));
  }
}
