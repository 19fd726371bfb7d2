package org.tongxing.sandbox.education;

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
 * Simulates the county education bureaus' deferral and suspension certificates: {@code GET
 * /sandbox/education/schooling-deferrals?childIdNumber=…}, a list, empty when none was issued.
 */
@RestController
@RequestMapping("/sandbox/education/schooling-deferrals")
@ConditionalOnSandboxEnabled
public class SchoolingDeferralController {

  private final EducationRecords records;
  private final FaultInjector faults;

  public SchoolingDeferralController(EducationRecords records, FaultInjector faults) {
    this.records = records;
    this.faults = faults;
  }

  @GetMapping
  public List<SchoolingDeferral> findDeferrals(@RequestParam String childIdNumber) {
    faults.beforeRequest(BureauSystem.EDUCATION_SCHOOLING_DEFERRALS);
    return records.deferralsOf(Identifiers.requireIdNumber("childIdNumber", childIdNumber));
  }
}
