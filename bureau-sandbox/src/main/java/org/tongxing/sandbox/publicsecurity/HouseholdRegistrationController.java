package org.tongxing.sandbox.publicsecurity;

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
 * Simulates the public security bureau's household registration look-up (公安 户籍): {@code GET
 * /sandbox/public-security/household-registrations/{idNumber}}.
 *
 * <p>Answers 200 with the registration (active or cancelled), 404 problem JSON of type {@code
 * household-registration-not-found} for an ID number with no registration anywhere in China, and
 * 503 when a fault is injected for {@link BureauSystem#PUBLIC_SECURITY_HOUSEHOLDS}.
 */
@RestController
@RequestMapping("/sandbox/public-security/household-registrations")
@ConditionalOnSandboxEnabled
public class HouseholdRegistrationController {

  private final HouseholdRegistrationRepository registrations;
  private final FaultInjector faults;

  public HouseholdRegistrationController(
      HouseholdRegistrationRepository registrations, FaultInjector faults) {
    this.registrations = registrations;
    this.faults = faults;
  }

  @GetMapping("/{idNumber}")
  public HouseholdRegistration getRegistration(@PathVariable String idNumber) {
    faults.beforeRequest(BureauSystem.PUBLIC_SECURITY_HOUSEHOLDS);
    return registrations
        .findByIdNumber(idNumber)
        .orElseThrow(
            () ->
                new RecordNotFoundException(
                    SandboxProblems.HOUSEHOLD_REGISTRATION_NOT_FOUND,
                    "查无户籍 (household registration not found)",
                    "Expected a household registration for ID number '%s', but there is none"
                        .formatted(idNumber)));
  }
}
