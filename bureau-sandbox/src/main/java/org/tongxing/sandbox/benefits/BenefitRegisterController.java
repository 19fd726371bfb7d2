package org.tongxing.sandbox.benefits;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.RecordNotFoundException;
import org.tongxing.sandbox.SandboxProblems;
import org.tongxing.sandbox.faults.FaultInjector;

/**
 * Simulates the DPF's register of benefits granted (发放台账), {@code
 * /sandbox/dpf/benefits/{scheme}/{subject}/{period}}:
 *
 * <ul>
 *   <li>{@code GET}: 200 with the record, 404 problem JSON of type {@code benefit-not-found}
 *   <li>{@code PUT} {@code {"caseId", "amount", "description"}}: 201 with the new record; 200 with
 *       the record if the same case recorded it before (a retry); 409 problem JSON of type {@code
 *       benefit-already-granted} with {@code caseId} when another case holds it
 *   <li>{@code DELETE ?caseId=}: 204, also when there is nothing to remove; 409 when another case
 *       holds it
 * </ul>
 *
 * <p>503 when a fault is injected for {@link BureauSystem#DPF_BENEFITS}.
 */
@RestController
@RequestMapping("/sandbox/dpf/benefits/{scheme}/{subject}/{period}")
@ConditionalOnSandboxEnabled
public class BenefitRegisterController {

  private final BenefitRegister register;
  private final FaultInjector faults;

  public BenefitRegisterController(BenefitRegister register, FaultInjector faults) {
    this.register = register;
    this.faults = faults;
  }

  @GetMapping
  public BenefitRecord getBenefit(
      @PathVariable String scheme, @PathVariable String subject, @PathVariable String period) {
    faults.beforeRequest(BureauSystem.DPF_BENEFITS);
    return register
        .find(scheme, subject, period)
        .orElseThrow(
            () ->
                new RecordNotFoundException(
                    SandboxProblems.BENEFIT_NOT_FOUND,
                    "未享受该项补助 (benefit not found)",
                    "Expected a record of benefit %s for %s in period %s, but there is none"
                        .formatted(scheme, subject, period)));
  }

  @PutMapping
  public ResponseEntity<BenefitRecord> recordBenefit(
      @PathVariable String scheme,
      @PathVariable String subject,
      @PathVariable String period,
      @RequestBody BenefitRecordRequest request) {
    faults.beforeRequest(BureauSystem.DPF_BENEFITS);
    BenefitRegister.Recorded recorded =
        register.record(
            scheme, subject, period, request.caseId(), request.amount(), request.description());
    return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(recorded.record());
  }

  @DeleteMapping
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void cancelBenefit(
      @PathVariable String scheme,
      @PathVariable String subject,
      @PathVariable String period,
      @RequestParam String caseId) {
    faults.beforeRequest(BureauSystem.DPF_BENEFITS);
    register.cancel(scheme, subject, period, caseId);
  }
}
