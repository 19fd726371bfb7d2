package org.tongxing.sandbox.market;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.RecordNotFoundException;
import org.tongxing.sandbox.SandboxProblems;
import org.tongxing.sandbox.faults.FaultInjector;

/**
 * Simulates market regulation's registry of market entities (市场主体登记): {@code GET
 * /sandbox/market-regulation/business-registrations/{creditCode}}.
 *
 * <p>Answers 200 with the registration, 404 problem JSON of type {@code business-not-found} for a
 * code not on file, 503 when a fault is injected for {@link
 * BureauSystem#MARKET_BUSINESS_REGISTRATIONS}.
 */
@RestController
@RequestMapping("/sandbox/market-regulation/business-registrations")
@ConditionalOnSandboxEnabled
public class BusinessRegistrationController {

  private final BusinessRegistrationRepository registrations;
  private final FaultInjector faults;

  public BusinessRegistrationController(
      BusinessRegistrationRepository registrations, FaultInjector faults) {
    this.registrations = registrations;
    this.faults = faults;
  }

  @GetMapping("/{creditCode}")
  public BusinessRegistration getRegistration(@PathVariable String creditCode) {
    faults.beforeRequest(BureauSystem.MARKET_BUSINESS_REGISTRATIONS);
    return registrations
        .findByCreditCode(creditCode)
        .orElseThrow(
            () ->
                new RecordNotFoundException(
                    SandboxProblems.BUSINESS_NOT_FOUND,
                    "查无此市场主体 (business not found)",
                    "Expected a market entity with credit code '%s', but market regulation has none"
                        .formatted(creditCode)));
  }
}
