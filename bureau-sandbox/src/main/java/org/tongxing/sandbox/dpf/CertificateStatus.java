package org.tongxing.sandbox.dpf;

/** Status of a disability certificate as the DPF system records it. */
public enum CertificateStatus {
  VALID,
  /** Past its validity date and not renewed. */
  EXPIRED,
  /** Withdrawn by the DPF, for example after a re-assessment. */
  REVOKED
}
