package org.tongxing.app.policy.citation;

import java.util.List;
import org.tongxing.app.modeler.resource.ModelKind;
import org.tongxing.app.policy.Clause;

/**
 * An element of a process, a decision table or a form, with the clauses it cites.
 *
 * @param elementType the BPMN element ({@code serviceTask}), {@code decision} or {@code rule}, or
 *     the form component's type ({@code textfield})
 * @param ruleNumber a DMN rule's number in its table, from 1; null for other elements
 * @param detail a DMN rule's entries ({@code "college" → 3000}); a form field's key; or ""
 * @param citation the text of the citation as written (the {@code policyClause} value, the rule's
 *     annotation), "" when there is none
 * @param clauses the clauses the citation names
 * @param inheritedClauses a DMN rule's decision's clauses, which count for a rule that cites none
 * @param requiresClause whether the element implements a rule and so must cite its clause (see
 *     {@link CitationReader})
 */
public record CitingElement(
    ModelKind kind,
    String fileName,
    String resourceId,
    String resourceName,
    String elementId,
    String elementType,
    String elementName,
    Integer ruleNumber,
    String detail,
    String citation,
    List<Clause> clauses,
    List<Clause> inheritedClauses,
    boolean requiresClause) {

  public CitingElement {
    clauses = List.copyOf(clauses);
    inheritedClauses = List.copyOf(inheritedClauses);
  }

  /** What the element cites, its own clauses or else those it inherits. */
  public List<Clause> effectiveClauses() {
    return clauses.isEmpty() ? inheritedClauses : clauses;
  }

  /**
   * A {@code policyClause} is written but names no clause (e.g. {@code "1.4"} or {@code "第1项"}). A
   * DMN annotation is free text: one that cites no clause is no mistake (the rule then goes by its
   * decision's clause).
   */
  public boolean unreadableCitation() {
    return kind != ModelKind.DMN && !citation.isBlank() && clauses.isEmpty();
  }

  /** The name to show: the element's name, else its id. */
  public String label() {
    return elementName == null || elementName.isBlank() ? elementId : elementName;
  }
}
