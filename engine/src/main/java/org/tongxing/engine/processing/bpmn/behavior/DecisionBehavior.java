package org.tongxing.engine.processing.bpmn.behavior;

import java.util.HashMap;
import java.util.Map;
import org.tongxing.engine.dmn.DecisionEngine;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.DecisionEvaluationIntent;
import org.tongxing.engine.record.DecisionEvaluationRecord;
import org.tongxing.engine.record.DecisionRecord;
import org.tongxing.engine.record.ProcessInstanceRecord;

/**
 * Evaluates deployed decisions and records each evaluation (decision instances), for business rule
 * tasks and for direct requests.
 */
public final class DecisionBehavior {

  private final DecisionEngine engine;

  public DecisionBehavior(DecisionEngine engine) {
    this.engine = engine;
  }

  /**
   * Evaluates a decision with variables (JSON text by name) and writes the evaluation record.
   *
   * @param caller the business rule task's instance record, or null for a direct request
   * @return the evaluation's key and the record written (its failureMessage is non-empty when it
   *     failed)
   */
  public Evaluated evaluate(
      DecisionRecord decision,
      Map<String, String> variables,
      ProcessInstanceRecord caller,
      long callerInstanceKey,
      ProcessingContext context) {
    var requirements =
        context.state().decisions().getRequirements(decision.decisionRequirementsKey());
    Map<String, Object> values = new HashMap<>();
    variables.forEach((name, json) -> values.put(name, JsonValues.parse(json)));
    DecisionEngine.Evaluation evaluation =
        engine.evaluate(requirements.parsed().dmn(), decision.decisionId(), values);
    DecisionEvaluationRecord record =
        new DecisionEvaluationRecord(
            decision.decisionId(),
            decision.name(),
            decision.decisionKey(),
            decision.version(),
            decision.decisionRequirementsId(),
            decision.decisionRequirementsKey(),
            evaluation.isFailure() ? "null" : JsonValues.toJson(evaluation.result()),
            evaluation.inputs().stream()
                .map(
                    input ->
                        new DecisionEvaluationRecord.EvaluatedInput(
                            input.inputId(), input.inputName(), JsonValues.toJson(input.value())))
                .toList(),
            evaluation.matchedRules().stream()
                .map(
                    rule ->
                        new DecisionEvaluationRecord.MatchedRule(
                            rule.ruleId(),
                            rule.ruleIndex(),
                            rule.outputs().stream()
                                .map(
                                    output ->
                                        new DecisionEvaluationRecord.EvaluatedOutput(
                                            output.outputId(),
                                            output.outputName(),
                                            JsonValues.toJson(output.value())))
                                .toList()))
                .toList(),
            evaluation.isFailure()
                ? "Expected to evaluate decision '"
                    + decision.decisionId()
                    + "', but "
                    + evaluation.failure()
                : "",
            caller == null ? "" : caller.bpmnProcessId(),
            caller == null ? -1 : caller.processDefinitionKey(),
            caller == null ? -1 : caller.processInstanceKey(),
            caller == null ? "" : caller.elementId(),
            callerInstanceKey);
    long key = context.nextKey();
    context.appendEvent(
        key,
        evaluation.isFailure()
            ? DecisionEvaluationIntent.FAILED
            : DecisionEvaluationIntent.EVALUATED,
        record);
    return new Evaluated(key, record);
  }

  /** An evaluation's key (the decision instance key) and record. */
  public record Evaluated(long key, DecisionEvaluationRecord record) {}
}
