package org.tongxing.sandbox.dpf.institutions;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.RecordConflictException;
import org.tongxing.sandbox.RecordNotFoundException;
import org.tongxing.sandbox.SandboxDataFiles;
import org.tongxing.sandbox.SandboxProblems;
import org.tongxing.sandbox.journal.SandboxJournal;
import org.tongxing.sandbox.journal.SandboxJournals;

/**
 * The DPF's registry of designated institutions: seeded from {@value #DATA_FILE}, then changed only
 * by the decisions of the accreditation process (item 5.1), kept in the journal {@code
 * designated-institutions} across restarts. So the child subsidy's designated-institution check
 * sees what accreditation decided.
 */
@Component
@ConditionalOnSandboxEnabled
public class DesignatedInstitutionRegistry {

  static final String DATA_FILE = "sandbox/dpf/designated-institutions.json";

  private final SandboxJournal<DesignatedInstitution> byCreditCode;

  public DesignatedInstitutionRegistry(ObjectMapper objectMapper, SandboxJournals journals) {
    Map<String, DesignatedInstitution> seed = new LinkedHashMap<>();
    SandboxDataFiles.read(
            objectMapper, DATA_FILE, new TypeReference<List<DesignatedInstitution>>() {})
        .forEach(institution -> seed.put(institution.unifiedSocialCreditCode(), institution));
    this.byCreditCode = journals.open("designated-institutions", DesignatedInstitution.class, seed);
  }

  public Optional<DesignatedInstitution> find(String creditCode) {
    return byCreditCode.get(creditCode);
  }

  /** The institutions that pass the filter, by credit code. */
  public List<DesignatedInstitution> findAll(Predicate<DesignatedInstitution> filter) {
    return byCreditCode.values().stream()
        .filter(filter)
        .sorted(Comparator.comparing(DesignatedInstitution::unifiedSocialCreditCode))
        .toList();
  }

  /**
   * Applies a decision once: a decision id already in the record's history returns the record
   * unchanged.
   *
   * @throws IllegalArgumentException if the decision lacks what its kind needs
   * @throws RecordNotFoundException if the institution is not on file and the decision is not an
   *     admission
   * @throws RecordConflictException if the institution's status does not allow the decision
   */
  public synchronized DesignatedInstitution apply(String creditCode, DesignationDecision decision) {
    decision.requireComplete(creditCode);
    DesignatedInstitution current = byCreditCode.get(creditCode).orElse(null);
    if (current != null && current.hasApplied(decision.decisionId())) {
      return current;
    }
    DesignatedInstitution next;
    if (current == null) {
      if (decision.kind() != DesignationDecisionKind.ADMIT) {
        throw notFound(creditCode);
      }
      next = DesignatedInstitution.admitted(creditCode, decision, List.of());
    } else {
      if (!decision.kind().allowedFrom().contains(current.status())) {
        throw new RecordConflictException(
            "Expected institution %s to be %s for decision %s (%s), but it is %s"
                .formatted(
                    creditCode,
                    decision.kind().allowedFrom(),
                    decision.decisionId(),
                    decision.kind(),
                    current.status()));
      }
      next =
          decision.kind() == DesignationDecisionKind.ADMIT
              ? DesignatedInstitution.admitted(creditCode, decision, current.history())
              : current.after(decision);
    }
    byCreditCode.put(creditCode, next);
    return next;
  }

  static RecordNotFoundException notFound(String creditCode) {
    return new RecordNotFoundException(
        SandboxProblems.INSTITUTION_NOT_FOUND,
        "查无此定点机构 (institution not found)",
        "Expected a designated institution with unified social credit code '%s', but the DPF"
                .formatted(creditCode)
            + " registry has none");
  }
}
