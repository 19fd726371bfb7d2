package org.tongxing.sandbox.dpf;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.faults.FaultInjector;

/**
 * Simulates the DPF's certificate look-up: {@code GET
 * /sandbox/dpf/disability-certificates/{certificateNumber}}.
 *
 * <p>Answers 200 with the certificate, 404 problem JSON for an unknown number, and 503 problem JSON
 * when a fault is injected for {@link BureauSystem#DPF_CERTIFICATES}.
 */
@RestController
@RequestMapping("/sandbox/dpf/disability-certificates")
@ConditionalOnSandboxEnabled
public class DisabilityCertificateController {

  private final DisabilityCertificateRepository certificates;
  private final FaultInjector faults;

  public DisabilityCertificateController(
      DisabilityCertificateRepository certificates, FaultInjector faults) {
    this.certificates = certificates;
    this.faults = faults;
  }

  @GetMapping("/{certificateNumber}")
  public DisabilityCertificateResponse getCertificate(@PathVariable String certificateNumber) {
    // faults first: an outage hides known and unknown numbers alike
    faults.beforeRequest(BureauSystem.DPF_CERTIFICATES);
    return certificates
        .findByNumber(certificateNumber)
        .map(DisabilityCertificateResponse::of)
        .orElseThrow(() -> new CertificateNotFoundException(certificateNumber));
  }
}
