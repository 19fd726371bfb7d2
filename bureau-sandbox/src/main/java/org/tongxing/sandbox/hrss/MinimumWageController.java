package org.tongxing.sandbox.hrss;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.RecordNotFoundException;
import org.tongxing.sandbox.SandboxProblems;
import org.tongxing.sandbox.faults.FaultInjector;

/**
 * Simulates HRSS's table of local monthly minimum wages (当地月最低工资标准): {@code GET
 * /sandbox/hrss/minimum-wages?regionCode=330302&year=2025}.
 *
 * <p>Answers 200 with {@link MinimumWageAnswer}, 404 problem JSON of type {@code
 * minimum-wage-not-found} for a county or year not on file, 503 when a fault is injected for {@link
 * BureauSystem#HRSS_MINIMUM_WAGES}.
 */
@RestController
@RequestMapping("/sandbox/hrss/minimum-wages")
@ConditionalOnSandboxEnabled
public class MinimumWageController {

  private final MinimumWageRepository minimumWages;
  private final FaultInjector faults;

  public MinimumWageController(MinimumWageRepository minimumWages, FaultInjector faults) {
    this.minimumWages = minimumWages;
    this.faults = faults;
  }

  @GetMapping
  public MinimumWageAnswer getMinimumWage(@RequestParam String regionCode, @RequestParam int year) {
    faults.beforeRequest(BureauSystem.HRSS_MINIMUM_WAGES);
    return minimumWages
        .find(regionCode, year)
        .orElseThrow(
            () ->
                new RecordNotFoundException(
                    SandboxProblems.MINIMUM_WAGE_NOT_FOUND,
                    "无此地区或年度的最低工资标准 (minimum wage not found)",
                    "Expected a minimum wage standard for region '%s' in %d, but HRSS has none"
                        .formatted(regionCode, year)));
  }
}
