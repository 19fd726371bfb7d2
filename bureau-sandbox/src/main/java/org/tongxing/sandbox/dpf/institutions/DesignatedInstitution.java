package org.tongxing.sandbox.dpf.institutions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tongxing.sandbox.Vocabulary;

/**
 * An institution in the DPF's registry of designated child rehabilitation institutions (残疾儿童定点
 * 康复机构, item 5.1), as stored and as answered. Immutable: a decision yields a new record.
 *
 * @param unifiedSocialCreditCode the key: the institution's legal-person identity (item 5.2)
 * @param ownership {@code public} (公办) or {@code private} (民办, item 6.4)
 * @param exitedOn when it left the scheme, or {@code null}
 * @param lastReviewedOn the last yearly review (年度考核), or {@code null} before the first
 * @param history the decisions, oldest first
 */
public record DesignatedInstitution(
    String unifiedSocialCreditCode,
    String name,
    String ownership,
    String legalPersonType,
    String county,
    String managingDepartment,
    List<String> services,
    DesignationStatus status,
    String statusReason,
    LocalDate designatedOn,
    LocalDate exitedOn,
    Agreement agreement,
    LocalDate lastReviewedOn,
    Payee payee,
    List<DesignationHistoryEntry> history) {

  public DesignatedInstitution {
    Vocabulary.OWNERSHIP.require(ownership);
    services = services == null ? List.of() : List.copyOf(services);
    history = history == null ? List.of() : List.copyOf(history);
  }

  @JsonProperty("statusName")
  public String statusName() {
    return status.chineseName();
  }

  @JsonProperty("ownershipName")
  public String ownershipName() {
    return Vocabulary.OWNERSHIP.nameOf(ownership);
  }

  boolean hasApplied(String decisionId) {
    return history.stream().anyMatch(entry -> entry.decisionId().equals(decisionId));
  }

  /** A new record admitted by the decision, keeping the history of an earlier designation. */
  static DesignatedInstitution admitted(
      String creditCode, DesignationDecision decision, List<DesignationHistoryEntry> earlier) {
    InstitutionDetails details = decision.institution();
    return new DesignatedInstitution(
        creditCode,
        details.name(),
        details.ownership(),
        details.legalPersonType(),
        details.county(),
        details.managingDepartment(),
        details.services(),
        DesignationStatus.DESIGNATED,
        decision.reason(),
        decision.effectiveOn(),
        null,
        decision.agreement(),
        null,
        details.payee(),
        append(earlier, decision));
  }

  /** This record after a decision other than an admission. */
  DesignatedInstitution after(DesignationDecision decision) {
    DesignationDecisionKind kind = decision.kind();
    boolean renewed = kind == DesignationDecisionKind.RENEW;
    return new DesignatedInstitution(
        unifiedSocialCreditCode,
        name,
        ownership,
        legalPersonType,
        county,
        managingDepartment,
        services,
        kind.resultingStatus() == null ? status : kind.resultingStatus(),
        renewed ? statusReason : decision.reason(),
        designatedOn,
        kind == DesignationDecisionKind.EXIT ? decision.effectiveOn() : exitedOn,
        renewed ? decision.agreement() : agreement,
        renewed ? decision.effectiveOn() : lastReviewedOn,
        payee,
        append(history, decision));
  }

  private static List<DesignationHistoryEntry> append(
      List<DesignationHistoryEntry> history, DesignationDecision decision) {
    List<DesignationHistoryEntry> entries = new ArrayList<>(history);
    entries.add(
        new DesignationHistoryEntry(
            decision.decisionId(),
            decision.kind(),
            decision.effectiveOn(),
            decision.reason(),
            decision.policyClause(),
            decision.caseId()));
    return entries;
  }
}
