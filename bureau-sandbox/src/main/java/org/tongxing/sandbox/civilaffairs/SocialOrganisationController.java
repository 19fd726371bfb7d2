package org.tongxing.sandbox.civilaffairs;

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
 * Simulates civil affairs' register of social organisations (社会组织登记): {@code GET
 * /sandbox/civil-affairs/social-organisations/{creditCode}}.
 *
 * <p>Answers 200 with the organisation, 404 problem JSON of type {@code
 * social-organisation-not-found} for a code not on file, 503 when a fault is injected for {@link
 * BureauSystem#CIVIL_AFFAIRS_SOCIAL_ORGANISATIONS}.
 */
@RestController
@RequestMapping("/sandbox/civil-affairs/social-organisations")
@ConditionalOnSandboxEnabled
public class SocialOrganisationController {

  private final SocialOrganisationRepository organisations;
  private final FaultInjector faults;

  public SocialOrganisationController(
      SocialOrganisationRepository organisations, FaultInjector faults) {
    this.organisations = organisations;
    this.faults = faults;
  }

  @GetMapping("/{creditCode}")
  public SocialOrganisation getOrganisation(@PathVariable String creditCode) {
    faults.beforeRequest(BureauSystem.CIVIL_AFFAIRS_SOCIAL_ORGANISATIONS);
    return organisations
        .findByCreditCode(creditCode)
        .orElseThrow(
            () ->
                new RecordNotFoundException(
                    SandboxProblems.SOCIAL_ORGANISATION_NOT_FOUND,
                    "查无此社会组织 (social organisation not found)",
                    ("Expected a social organisation with credit code '%s', but civil affairs"
                            + " has none")
                        .formatted(creditCode)));
  }
}
