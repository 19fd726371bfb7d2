package org.tongxing.sandbox.dpf.institutions;

import java.time.LocalDate;

/**
 * One decision in an institution's record, oldest first.
 *
 * @param decisionId the idempotency key of the decision: a decision is applied once
 * @param caseId the process case that decided it
 */
public record DesignationHistoryEntry(
    String decisionId,
    DesignationDecisionKind kind,
    LocalDate effectiveOn,
    String reason,
    String policyClause,
    String caseId) {}
