package org.tongxing.sandbox.dpf.institutions;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.Identifiers;
import org.tongxing.sandbox.Vocabulary;
import org.tongxing.sandbox.faults.FaultInjector;

/**
 * Simulates the DPF's registry of designated rehabilitation institutions (items 5.1 and 6.2).
 *
 * <ul>
 *   <li>{@code GET /sandbox/dpf/designated-institutions/{creditCode}}: the institution, or 404
 *       problem JSON of type {@code urn:tongxing:problem:institution-not-found}
 *   <li>{@code GET /sandbox/dpf/designated-institutions?ownership=private&status=DESIGNATED}: the
 *       institutions, both filters optional
 *   <li>{@code POST /sandbox/dpf/designated-institutions/{creditCode}/decisions}: apply an
 *       accreditation decision (idempotent per decision id); 409 when the status does not allow it
 * </ul>
 */
@RestController
@RequestMapping("/sandbox/dpf/designated-institutions")
@ConditionalOnSandboxEnabled
public class DesignatedInstitutionController {

  private final DesignatedInstitutionRegistry registry;
  private final FaultInjector faults;

  public DesignatedInstitutionController(
      DesignatedInstitutionRegistry registry, FaultInjector faults) {
    this.registry = registry;
    this.faults = faults;
  }

  @GetMapping("/{creditCode}")
  public DesignatedInstitution getInstitution(@PathVariable String creditCode) {
    faults.beforeRequest(BureauSystem.DPF_DESIGNATED_INSTITUTIONS);
    Identifiers.requireCreditCode("creditCode", creditCode);
    return registry
        .find(creditCode)
        .orElseThrow(() -> DesignatedInstitutionRegistry.notFound(creditCode));
  }

  @GetMapping
  public List<DesignatedInstitution> listInstitutions(
      @RequestParam(name = "ownership", required = false) String ownershipCode,
      @RequestParam(name = "status", required = false) String statusName) {
    faults.beforeRequest(BureauSystem.DPF_DESIGNATED_INSTITUTIONS);
    String ownership = Vocabulary.OWNERSHIP.requireOptional(ownershipCode);
    DesignationStatus status = statusName == null ? null : DesignationStatus.fromName(statusName);
    return registry.findAll(
        institution ->
            (ownership == null || institution.ownership().equals(ownership))
                && (status == null || institution.status() == status));
  }

  @PostMapping("/{creditCode}/decisions")
  public DesignatedInstitution decide(
      @PathVariable String creditCode, @RequestBody DesignationDecision decision) {
    faults.beforeRequest(BureauSystem.DPF_DESIGNATED_INSTITUTIONS);
    Identifiers.requireCreditCode("creditCode", creditCode);
    return registry.apply(creditCode, decision);
  }
}
