package org.tongxing.engine.processing.decision;

import org.tongxing.engine.api.DeployedDecisions;
import org.tongxing.engine.api.EngineCommand.ListDeployedDecisions;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.state.immutable.DecisionState;

/**
 * Answers the deployed decisions, read on the writer's thread: the answer goes out only after the
 * batch it ran in is durable, so it never shows a deployment that could still be rolled back.
 */
public final class ListDeployedDecisionsProcessor
    implements CommandProcessor<ListDeployedDecisions> {

  @Override
  public void process(ListDeployedDecisions command, ProcessingContext context) {
    DecisionState decisions = context.state().decisions();
    context.respond(
        new DeployedDecisions(
            decisions.allRequirements().stream()
                .map(
                    drg ->
                        new DeployedDecisions.Requirements(
                            drg.decisionRequirementsId(),
                            drg.name(),
                            drg.version(),
                            drg.decisionRequirementsKey(),
                            drg.resourceName(),
                            drg.resource()))
                .toList(),
            decisions.allDecisions().stream()
                .map(
                    decision ->
                        new DeployedDecisions.Decision(
                            decision.decisionId(),
                            decision.name(),
                            decision.version(),
                            decision.decisionKey(),
                            decision.decisionRequirementsId(),
                            decision.decisionRequirementsKey()))
                .toList()));
  }
}
