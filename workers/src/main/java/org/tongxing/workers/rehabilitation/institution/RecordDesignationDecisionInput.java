package org.tongxing.workers.rehabilitation.institution;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * The variable {@link RecordDesignationDecisionWorker} reads: {@code designationDecision}, the
 * registry's decision body (decisionId, kind, effectiveOn, reason, policyClause, caseId, and for an
 * admission institution and agreement) plus {@code unifiedSocialCreditCode}, the institution it is
 * about.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecordDesignationDecisionInput(Map<String, Object> designationDecision) {}
