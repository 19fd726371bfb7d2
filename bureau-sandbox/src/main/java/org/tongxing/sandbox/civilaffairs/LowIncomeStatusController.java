package org.tongxing.sandbox.civilaffairs;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.faults.FaultInjector;

/**
 * Simulates civil affairs' low-income registry (低保 / 低保边缘): {@code GET
 * /sandbox/civil-affairs/low-income-status/{idNumber}?on=2025-09-01}.
 *
 * <p>Always answers 200 with a {@link LowIncomeStatus} ({@code none} for anybody not in a
 * low-income household on that day: civil affairs cannot say that a person does not exist), 503
 * when a fault is injected for {@link BureauSystem#CIVIL_AFFAIRS_LOW_INCOME}. Without {@code on},
 * the status of today.
 */
@RestController
@RequestMapping("/sandbox/civil-affairs/low-income-status")
@ConditionalOnSandboxEnabled
public class LowIncomeStatusController {

  private final LowIncomeHouseholdRepository households;
  private final FaultInjector faults;
  private final Clock clock = Clock.systemDefaultZone();

  public LowIncomeStatusController(LowIncomeHouseholdRepository households, FaultInjector faults) {
    this.households = households;
    this.faults = faults;
  }

  @GetMapping("/{idNumber}")
  public LowIncomeStatus getStatus(
      @PathVariable String idNumber,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    faults.beforeRequest(BureauSystem.CIVIL_AFFAIRS_LOW_INCOME);
    LocalDate date = on != null ? on : LocalDate.now(clock);
    return households
        .findCovering(idNumber, date)
        .map(household -> LowIncomeStatus.of(idNumber, date, household))
        .orElseGet(() -> LowIncomeStatus.none(idNumber, date));
  }
}
