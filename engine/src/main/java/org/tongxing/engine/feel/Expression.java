package org.tongxing.engine.feel;

import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * An expression of a BPMN attribute: either a static value (no leading {@code =}) or a parsed FEEL
 * expression.
 *
 * @param text the attribute's text as written in the BPMN
 * @param parsed the parsed FEEL expression, or null for a static value
 */
public record Expression(String text, ParsedExpression parsed) {

  public boolean isStatic() {
    return parsed == null;
  }

  /** The static value's text; for a FEEL expression the expression without its leading "=". */
  public String staticValue() {
    return text;
  }
}
