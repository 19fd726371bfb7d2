package org.tongxing.sandbox.hrss;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.faults.FaultInjector;

/**
 * Simulates HRSS's social insurance records: contributions and wages paid by month (社保缴纳及工资申报):
 * {@code GET /sandbox/hrss/social-insurance-records/{idNumber}?year=2025}.
 *
 * <p>Answers 200 with a {@link SocialInsuranceStatement} (no months when nobody contributed for the
 * person that year), 503 when a fault is injected for {@link BureauSystem#HRSS_SOCIAL_INSURANCE}.
 */
@RestController
@RequestMapping("/sandbox/hrss/social-insurance-records")
@ConditionalOnSandboxEnabled
public class SocialInsuranceController {

  private final SocialInsuranceRepository records;
  private final FaultInjector faults;

  public SocialInsuranceController(SocialInsuranceRepository records, FaultInjector faults) {
    this.records = records;
    this.faults = faults;
  }

  @GetMapping("/{idNumber}")
  public SocialInsuranceStatement getStatement(
      @PathVariable String idNumber, @RequestParam int year) {
    faults.beforeRequest(BureauSystem.HRSS_SOCIAL_INSURANCE);
    return records
        .find(idNumber, year)
        .map(SocialInsuranceStatement::of)
        .orElseGet(() -> SocialInsuranceStatement.none(idNumber, year));
  }
}
