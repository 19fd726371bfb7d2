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
 * Simulates the county special-education committees' findings: {@code GET
 * /sandbox/education/special-education-findings?childIdNumber=…}, a list, empty when the child was
 * never assessed.
 */
@RestController
@RequestMapping("/sandbox/education/special-education-findings")
@ConditionalOnSandboxEnabled
public class SpecialEducationFindingController {

  private final EducationRecords records;
  private final FaultInjector faults;

  public SpecialEducationFindingController(EducationRecords records, FaultInjector faults) {
    this.records = records;
    this.faults = faults;
  }

  @GetMapping
  public List<SpecialEducationFinding> findFindings(@RequestParam String childIdNumber) {
    faults.beforeRequest(BureauSystem.EDUCATION_SPECIAL_EDUCATION_FINDINGS);
    return records.findingsOf(Identifiers.requireIdNumber("childIdNumber", childIdNumber));
  }
}
