package org.tongxing.sandbox.dpf.institutions;

import java.time.LocalDate;
import org.tongxing.sandbox.Vocabulary;

/**
 * Body of {@code POST /sandbox/dpf/designated-institutions/{code}/decisions}: a decision of the
 * accreditation process about one institution.
 *
 * @param decisionId idempotency key; the same decision sent again changes nothing
 * @param institution required for {@link DesignationDecisionKind#ADMIT}, ignored otherwise
 * @param agreement required for {@link DesignationDecisionKind#ADMIT} and {@link
 *     DesignationDecisionKind#RENEW}, ignored otherwise
 */
public record DesignationDecision(
    String decisionId,
    DesignationDecisionKind kind,
    LocalDate effectiveOn,
    String reason,
    String policyClause,
    String caseId,
    InstitutionDetails institution,
    Agreement agreement) {

  /**
   * @throws IllegalArgumentException naming the first missing field
   */
  void requireComplete(String creditCode) {
    require(decisionId != null && !decisionId.isBlank(), "decisionId", creditCode);
    require(kind != null, "kind", creditCode);
    require(effectiveOn != null, "effectiveOn", creditCode);
    require(reason != null && !reason.isBlank(), "reason", creditCode);
    if (kind == DesignationDecisionKind.ADMIT) {
      require(institution != null && institution.name() != null, "institution.name", creditCode);
      require(institution.ownership() != null, "institution.ownership", creditCode);
      Vocabulary.OWNERSHIP.require(institution.ownership());
    }
    if (kind == DesignationDecisionKind.ADMIT || kind == DesignationDecisionKind.RENEW) {
      require(agreement != null, "agreement", creditCode);
    }
  }

  private void require(boolean present, String field, String creditCode) {
    if (!present) {
      throw new IllegalArgumentException(
          "Expected %s in the %s decision for institution %s, but it was missing"
              .formatted(field, kind == null ? "" : kind.name(), creditCode));
    }
  }
}
