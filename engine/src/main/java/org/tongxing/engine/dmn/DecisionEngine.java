package org.tongxing.engine.dmn;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.dmn.Audit;
import org.camunda.dmn.DmnEngine;
import org.camunda.dmn.parser.ParsedDmn;

/**
 * DMN through {@code org.camunda.bpm.extension.dmn.scala:dmn-engine}: parse a decision
 * requirements graph once, evaluate its decisions many times, with plain Java values in and out.
 */
public final class DecisionEngine {

  private final DmnEngine dmn = new DmnEngine.Builder().build();

  /** The decisions of a parsed DRG. */
  public record Parsed(ParsedDmn dmn, String id, String name, List<DecisionInfo> decisions) {}

  public record DecisionInfo(String id, String name) {}

  /**
   * The outcome of an evaluation.
   *
   * @param result the decision's result as plain Java values, null on failure
   * @param matchedRules the ids of the rules of decision tables that matched
   * @param failure why it could not be evaluated, or null
   */
  public record Evaluation(Object result, List<String> matchedRules, String failure) {
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
    result.decisions().foreach(decision -> {
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
        return new Evaluation(null, List.of(), evaluated.left().get().failure().message());
      }
      var outcome = evaluated.right().get();
      List<String> matched = new ArrayList<>();
      if (outcome instanceof DmnEngine.Result result) {
        collectMatchedRules(result.auditLog(), matched);
        return new Evaluation(ScalaValues.toJava(result.value()), matched, null);
      }
      // a decision that produced no result (no rule matched): null, as Camunda does
      return new Evaluation(null, matched, null);
    } catch (RuntimeException e) {
      return new Evaluation(null, List.of(), String.valueOf(e.getMessage()));
    }
  }

  private static void collectMatchedRules(Audit.AuditLog log, List<String> matched) {
    log.entries().foreach(entry -> {
      if (entry.result() instanceof Audit.DecisionTableEvaluationResult table) {
        table.matchedRules().foreach(rule -> {
          matched.add(rule.rule().id());
          return null;
        });
      }
      return null;
    });
  }
}
