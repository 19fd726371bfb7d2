package org.tongxing.sandbox.justice;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.faults.FaultInjector;

/**
 * Simulates the Justice Bureau's legal aid system (市司法局 法律援助管理系统), system {@link
 * BureauSystem#JUSTICE_LEGAL_AID}:
 *
 * <ul>
 *   <li>{@code POST /sandbox/justice/legal-aid-applications}: file an application on the
 *       applicant's behalf; 201 the first time, 200 with the same application for a repeated
 *       reference id, 422 when incomplete, 409 when the reference id belongs to someone else
 *   <li>{@code GET /sandbox/justice/legal-aid-applications/{applicationNumber}}
 *   <li>{@code PUT /sandbox/justice/legal-aid-applications/{applicationNumber}/decision}: record
 *       the agency's decision; the same decision again is answered as recorded, another one 409
 * </ul>
 */
@RestController
@RequestMapping("/sandbox/justice/legal-aid-applications")
@ConditionalOnSandboxEnabled
public class LegalAidController {

  private final LegalAidApplications applications;
  private final FaultInjector faults;

  public LegalAidController(LegalAidApplications applications, FaultInjector faults) {
    this.applications = applications;
    this.faults = faults;
  }

  @PostMapping
  public ResponseEntity<LegalAidApplication> file(@RequestBody LegalAidApplicationRequest request) {
    faults.beforeRequest(BureauSystem.JUSTICE_LEGAL_AID);
    LegalAidApplications.Result result = applications.file(request);
    return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(result.application());
  }

  @GetMapping("/{applicationNumber}")
  public LegalAidApplication find(@PathVariable String applicationNumber) {
    faults.beforeRequest(BureauSystem.JUSTICE_LEGAL_AID);
    return applications
        .find(applicationNumber)
        .orElseThrow(() -> LegalAidProblem.notFound(applicationNumber));
  }

  @PutMapping("/{applicationNumber}/decision")
  public LegalAidApplication decide(
      @PathVariable String applicationNumber, @RequestBody LegalAidDecisionRequest decision) {
    faults.beforeRequest(BureauSystem.JUSTICE_LEGAL_AID);
    return applications.decide(applicationNumber, decision);
  }
}
