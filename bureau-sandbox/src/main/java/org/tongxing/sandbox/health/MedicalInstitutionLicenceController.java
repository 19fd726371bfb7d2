package org.tongxing.sandbox.health;

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
 * Simulates the register of medical institution licences: {@code GET
 * /sandbox/health/medical-institution-licences?unifiedSocialCreditCode=…}, every licence the
 * institution held or holds, empty when it never had one.
 */
@RestController
@RequestMapping("/sandbox/health/medical-institution-licences")
@ConditionalOnSandboxEnabled
public class MedicalInstitutionLicenceController {

  private final HealthRecords records;
  private final FaultInjector faults;

  public MedicalInstitutionLicenceController(HealthRecords records, FaultInjector faults) {
    this.records = records;
    this.faults = faults;
  }

  @GetMapping
  public List<MedicalInstitutionLicence> findLicences(
      @RequestParam String unifiedSocialCreditCode) {
    faults.beforeRequest(BureauSystem.HEALTH_MEDICAL_LICENCES);
    return records.licencesOf(
        Identifiers.requireCreditCode("unifiedSocialCreditCode", unifiedSocialCreditCode));
  }
}
