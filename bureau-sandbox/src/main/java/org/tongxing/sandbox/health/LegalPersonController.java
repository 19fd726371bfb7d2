package org.tongxing.sandbox.health;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.Identifiers;
import org.tongxing.sandbox.RecordNotFoundException;
import org.tongxing.sandbox.SandboxProblems;
import org.tongxing.sandbox.faults.FaultInjector;

/**
 * Simulates the legal-person look-up of the health commission's licensing system: {@code GET
 * /sandbox/health/legal-persons/{creditCode}}; 404 problem JSON of type {@code
 * urn:tongxing:problem:legal-person-not-found} when no legal person has the code.
 */
@RestController
@RequestMapping("/sandbox/health/legal-persons")
@ConditionalOnSandboxEnabled
public class LegalPersonController {

  private final HealthRecords records;
  private final FaultInjector faults;

  public LegalPersonController(HealthRecords records, FaultInjector faults) {
    this.records = records;
    this.faults = faults;
  }

  @GetMapping("/{creditCode}")
  public LegalPerson getLegalPerson(@PathVariable String creditCode) {
    faults.beforeRequest(BureauSystem.HEALTH_LEGAL_PERSONS);
    Identifiers.requireCreditCode("creditCode", creditCode);
    return records
        .legalPerson(creditCode)
        .orElseThrow(
            () ->
                new RecordNotFoundException(
                    SandboxProblems.LEGAL_PERSON_NOT_FOUND,
                    "查无法人登记 (legal person not found)",
                    "Expected a legal person with unified social credit code '%s', but none is"
                            .formatted(creditCode)
                        + " registered"));
  }
}
