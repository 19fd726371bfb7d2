package org.tongxing.engine.dmn;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.dmn.Audit;
import org.camunda.dmn.DmnEngine;
import org.camunda.dmn.parser.ParsedDmn;

/**
 * DMN through {@code org.camunda.bpm.extension.dmn.scala:dmn-engine}: parse a decision requirements
 * graph once, evaluate its decisions many times, with plain Java values in and out.
 */
public final class DecisionEngine {

  private final DmnEngine dmn = new DmnEngine.Builder().build();
  private final org.camunda.feel.valuemapper.ValueMapper values =
      org.camunda.feel.valuemapper.ValueMapper$.MODULE$.defaultValueMapper();

  /** An input of a decision table and the value it had. */
  public record EvaluatedInput(String inputId, String inputName, Object value) {}

  /** A matched rule: its id, its place in the table (from 1), and its outputs. */
  public record MatchedRule(String ruleId, int ruleIndex, List<EvaluatedOutput> outputs) {}

  /** An output of a matched rule and its value. */
  public record EvaluatedOutput(String outputId, String outputName, Object value) {}

  /** The decisions of a parsed DRG. */
  public record Parsed(ParsedDmn dmn, String id, String name, List<DecisionInfo> decisions) {}

  public record DecisionInfo(String id, String name) {}

  /**
   * The outcome of an evaluation.
   *
   * @param result the decision's result as plain Java values, null on failure
   * @param inputs the decision table's evaluated inputs
   * @param matchedRules the rules of decision tables that matched, with their outputs
   * @param failure why it could not be evaluated, or null
   */
  public record Evaluation(
      Object result, List<EvaluatedInput> inputs, List<MatchedRule> matchedRules, String failure) {
    public boolean isFailure() {
      return failure != null;
    }
  }

  /** Parses a DMN resource; throws IllegalArgumentException naming what is wrong. */
  public Parsed parse(byte[] resource) {
    var parsed = dmn.parse(new ByteArrayInputStream(resource));
    if (parsed.isLeft()) {
      throw new IllegalArgumentException(parsed.left().get().message());
    }
    ParsedDmn result = parsed.right().get();
    List<DecisionInfo> decisions = new ArrayList<>();
    result
        .decisions()
        .foreach(
            decision -> {
              decisions.add(new DecisionInfo(decision.id(), decision.name()));
              return null;
            });
    var definitions = result.model().getDefinitions();
    return new Parsed(result, definitions.getId(), definitions.getName(), decisions);
  }

  public Evaluation evaluate(ParsedDmn parsed, String decisionId, Map<String, Object> variables) {
    try {
      var evaluated = dmn.eval(parsed, decisionId, variables);
      if (evaluated.isLeft()) {
        return new Evaluation(
            null, List.of(), List.of(), evaluated.left().get().failure().message());
      }
      var outcome = evaluated.right().get();
      List<EvaluatedInput> inputs = new ArrayList<>();
      List<MatchedRule> matched = new ArrayList<>();
      if (outcome instanceof DmnEngine.Result result) {
        audit(result.auditLog(), decisionId, inputs, matched);
        return new Evaluation(ScalaValues.toJava(result.value()), inputs, matched, null);
      }
      // a decision that produced no result (no rule matched): null, as Camunda does
      return new Evaluation(null, inputs, matched, null);
    } catch (RuntimeException e) {
      return new Evaluation(null, List.of(), List.of(), String.valueOf(e.getMessage()));
    }
  }

  /** The evaluated inputs and matched rules of the decision's own table. */
  private void audit(
      Audit.AuditLog log,
      String decisionId,
      List<EvaluatedInput> inputs,
      List<MatchedRule> matched) {
    log.entries()
        .foreach(
            entry -> {
              if (entry.id().equals(decisionId)
                  && entry.result() instanceof Audit.DecisionTableEvaluationResult table
                  && entry.decisionLogic()
                      instanceof org.camunda.dmn.parser.ParsedDecisionTable logic) {
                table
                    .inputs()
                    .foreach(
                        input -> {
                          inputs.add(
                              new EvaluatedInput(
                                  input.input().id(),
                                  input.input().name(),
                                  javaValue(input.value())));
                          return null;
                        });
                List<String> ruleIds = new ArrayList<>();
                logic.rules().foreach(rule -> ruleIds.add(rule.id()));
                table
                    .matchedRules()
                    .foreach(
                        rule -> {
                          List<EvaluatedOutput> outputs = new ArrayList<>();
                          rule.outputs()
                              .foreach(
                                  output ->
                                      outputs.add(
                                          new EvaluatedOutput(
                                              output.output().id(),
                                              output.output().name(),
                                              javaValue(output.value()))));
                          matched.add(
                              new MatchedRule(
                                  rule.rule().id(),
                                  ruleIds.indexOf(rule.rule().id()) + 1,
                                  outputs));
                          return null;
                        });
              }
              return null;
            });
  }

  private Object javaValue(org.camunda.feel.syntaxtree.Val value) {
    return ScalaValues.toJava(values.unpackVal(value));
  }
}
