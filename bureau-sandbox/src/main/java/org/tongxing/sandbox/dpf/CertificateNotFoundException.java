package org.tongxing.sandbox.dpf;

/** No certificate with the requested number exists; answered as 404 problem JSON. */
public class CertificateNotFoundException extends RuntimeException {

  public CertificateNotFoundException(String certificateNumber) {
    super(
        "Expected a disability certificate with number '%s', but the DPF has none"
            .formatted(certificateNumber));
  }
}
