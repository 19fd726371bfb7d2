package org.tongxing.engine.processing.decision;

import org.tongxing.engine.api.DecisionEvaluated;
import org.tongxing.engine.api.EngineCommand.EvaluateDecision;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.behavior.DecisionBehavior;
import org.tongxing.engine.record.DecisionRecord;

/** Evaluates a decision on request ({@code POST /v2/decision-definitions/evaluation}). */
public final class EvaluateDecisionProcessor implements CommandProcessor<EvaluateDecision> {

  private final DecisionBehavior decisions;

  public EvaluateDecisionProcessor(DecisionBehavior decisions) {
    this.decisions = decisions;
  }

  @Override
  public void process(EvaluateDecision command, ProcessingContext context) {
    DecisionRecord decision =
        command.decisionKey() >= 0
            ? context.state().decisions().getDecision(command.decisionKey())
            : context
                .state()
                .decisions()
                .getLatestDecision(command.decisionId() == null ? "" : command.decisionId());
    if (decision == null) {
      throw context.reject(
          RejectionType.NOT_FOUND,
          command.decisionKey() >= 0
              ? "Expected to evaluate decision with key '"
                  + command.decisionKey()
                  + "', but no such decision was found"
              : "Expected to evaluate decision '"
                  + command.decisionId()
                  + "', but no decision with this id is deployed");
    }
    var evaluated = decisions.evaluate(decision, command.variables(), null, -1, context);
    var evaluation = evaluated.record();
    if (!evaluation.failureMessage().isEmpty()) {
      throw context.reject(RejectionType.INVALID_ARGUMENT, evaluation.failureMessage());
    }
    context.respond(
        new DecisionEvaluated(
            evaluated.key(),
            decision.decisionId(),
            decision.name(),
            decision.decisionKey(),
            decision.version(),
            decision.decisionRequirementsId(),
            decision.decisionRequirementsKey(),
            evaluation.result(),
            evaluation.evaluatedInputs(),
            evaluation.matchedRules()));
  }
}
