package org.tongxing.sandbox.justice;

/** Where a legal aid application stands in the Justice system. */
public enum LegalAidStatus {
  /** Received; the legal aid agency reviews it (法律援助法 第四十三条: within seven days). */
  UNDER_REVIEW,
  /** Legal aid is given; a provider (lawyer, law firm or legal aid centre) is assigned. */
  GRANTED,
  /** Legal aid is refused, with the reason the applicant is told in writing. */
  REFUSED
}
