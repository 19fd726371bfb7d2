package org.tongxing.sandbox.establishment;

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
 * Simulates the establishment office's register of organs and public institutions (机构编制实名制 数据):
 * {@code GET /sandbox/establishment/public-bodies/{creditCode}}.
 *
 * <p>Answers 200 with the body, 404 problem JSON of type {@code public-body-not-found} for a code
 * not on file, 503 when a fault is injected for {@link BureauSystem#ESTABLISHMENT_PUBLIC_BODIES}.
 */
@RestController
@RequestMapping("/sandbox/establishment/public-bodies")
@ConditionalOnSandboxEnabled
public class PublicBodyController {

  private final PublicBodyRepository bodies;
  private final FaultInjector faults;

  public PublicBodyController(PublicBodyRepository bodies, FaultInjector faults) {
    this.bodies = bodies;
    this.faults = faults;
  }

  @GetMapping("/{creditCode}")
  public PublicBody getPublicBody(@PathVariable String creditCode) {
    faults.beforeRequest(BureauSystem.ESTABLISHMENT_PUBLIC_BODIES);
    return bodies
        .findByCreditCode(creditCode)
        .orElseThrow(
            () ->
                new RecordNotFoundException(
                    SandboxProblems.PUBLIC_BODY_NOT_FOUND,
                    "查无此机关或事业单位 (public body not found)",
                    "Expected an organ or public institution with credit code '%s', but the"
                            .formatted(creditCode)
                        + " establishment office has none"));
  }
}
