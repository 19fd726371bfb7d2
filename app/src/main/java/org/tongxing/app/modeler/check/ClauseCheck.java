package org.tongxing.app.modeler.check;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelKind;
import org.tongxing.app.policy.Clause;
import org.tongxing.app.policy.PolicyClauses;
import org.tongxing.app.policy.citation.CitationReader;
import org.tongxing.app.policy.citation.CitingElement;

/**
 * Every element that implements a rule cites the clause of the policy it implements, and every
 * clause cited exists (see {@link CitationReader} for which elements implement a rule). A process
 * element or a DMN rule without one is an error; a form field without one is a warning.
 */
@Component
@Order(5)
class ClauseCheck implements DraftCheck {

  private final PolicyClauses policy;

  ClauseCheck(PolicyClauses policy) {
    this.policy = policy;
  }

  @Override
  public void check(CheckContext files, List<Problem> problems) {
    for (ModelFile file : files.files()) {
      if (!files.summaries().containsKey(file.fileName())) {
        continue;
      }
      for (CitingElement element : CitationReader.read(file)) {
        check(file, element, problems);
      }
    }
  }

  private void check(ModelFile file, CitingElement element, List<Problem> problems) {
    String label =
        element.ruleNumber() == null
            ? element.label()
            : element.label() + " #" + element.ruleNumber();
    if (element.unreadableCitation()) {
      problems.add(
          Problem.error(
              "clause-unreadable",
              file.fileName(),
              element.elementId(),
              label,
              null,
              element.citation()));
      return;
    }
    for (Clause clause : element.clauses()) {
      if (!policy.text().has(clause)) {
        problems.add(
            Problem.error(
                "clause-unknown",
                file.fileName(),
                element.elementId(),
                label,
                null,
                clause.toString()));
      }
    }
    if (element.requiresClause() && element.effectiveClauses().isEmpty()) {
      problems.add(
          file.kind() == ModelKind.FORM
              ? Problem.warning(
                  "clause-missing-field", file.fileName(), element.elementId(), label, null)
              : Problem.error(
                  file.kind() == ModelKind.DMN ? "clause-missing-rule" : "clause-missing",
                  file.fileName(),
                  element.elementId(),
                  label,
                  null));
    }
  }
}
