package org.tongxing.gateway.decision;

import io.camunda.client.protocol.rest.DecisionEvaluationInstruction;
import io.camunda.client.protocol.rest.EvaluateDecisionResult;
import io.camunda.client.protocol.rest.EvaluatedDecisionResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.engine.Engine;
import org.tongxing.engine.api.DecisionEvaluated;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;
import org.tongxing.gateway.support.GatewayDefaults;
import org.tongxing.gateway.support.Keys;
import org.tongxing.gateway.support.Variables;

/** Evaluates a deployed decision on request. */
@RestController
@RequestMapping("/v2/decision-definitions")
@ConditionalOnEmbeddedRuntime
public class DecisionController {

  private final Engine engine;

  public DecisionController(Engine engine) {
    this.engine = engine;
  }

  @PostMapping("/evaluation")
  public CompletableFuture<EvaluateDecisionResult> evaluate(
      @RequestBody DecisionEvaluationInstruction request) {
    long key =
        request.getDecisionDefinitionKey() == null
            ? -1
            : Keys.parse("decisionDefinitionKey", request.getDecisionDefinitionKey());
    return engine
        .execute(
            new EngineCommand.EvaluateDecision(
                request.getDecisionDefinitionId(), key, Variables.toJson(request.getVariables())))
        .thenApply(result -> toResult((DecisionEvaluated) result));
  }

  private static EvaluateDecisionResult toResult(DecisionEvaluated evaluated) {
    EvaluatedDecisionResult decision = new EvaluatedDecisionResult();
    decision.setDecisionDefinitionId(evaluated.decisionId());
    decision.setDecisionDefinitionName(evaluated.decisionName());
    decision.setDecisionDefinitionVersion(evaluated.decisionVersion());
    decision.setDecisionDefinitionKey(Keys.format(evaluated.decisionKey()));
    decision.setDecisionDefinitionType("DECISION_TABLE");
    decision.setDecisionEvaluationInstanceKey(evaluated.evaluationKey() + "-1");
    decision.setOutput(evaluated.result());
    decision.setTenantId(GatewayDefaults.TENANT);
    decision.setEvaluatedInputs(DecisionDetails.inputs(evaluated.evaluatedInputs()));
    decision.setMatchedRules(DecisionDetails.rules(evaluated.matchedRules()));
    EvaluateDecisionResult result = new EvaluateDecisionResult();
    result.setDecisionDefinitionId(evaluated.decisionId());
    result.setDecisionDefinitionName(evaluated.decisionName());
    result.setDecisionDefinitionVersion(evaluated.decisionVersion());
    result.setDecisionDefinitionKey(Keys.format(evaluated.decisionKey()));
    result.setDecisionRequirementsId(evaluated.decisionRequirementsId());
    result.setDecisionRequirementsKey(Keys.format(evaluated.decisionRequirementsKey()));
    result.setDecisionInstanceKey(Keys.format(evaluated.evaluationKey()));
    result.setDecisionEvaluationKey(Keys.format(evaluated.evaluationKey()));
    result.setOutput(evaluated.result());
    result.setFailedDecisionDefinitionId("");
    result.setFailureMessage("");
    result.setTenantId(GatewayDefaults.TENANT);
    result.setEvaluatedDecisions(List.of(decision));
    return result;
  }
}
