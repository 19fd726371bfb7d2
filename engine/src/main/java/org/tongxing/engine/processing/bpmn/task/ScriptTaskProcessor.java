package org.tongxing.engine.processing.bpmn.task;

import java.util.Map;
import org.tongxing.engine.feel.EvaluationResult;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableScriptTask;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.record.ErrorType;

/** Script task: evaluates its FEEL expression into its result variable (or is a job). */
public final class ScriptTaskProcessor extends ImmediateResultTaskProcessor {

  public ScriptTaskProcessor(BpmnBehaviors behaviors) {
    super(behaviors);
  }

  @Override
  protected Map.Entry<String, String> computeResult(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    ExecutableScriptTask script = (ExecutableScriptTask) element;
    EvaluationResult result =
        behaviors
            .expressions()
            .evaluate(script.getExpression(), instance.elementInstanceKey(), context);
    if (result.isFailure()) {
      behaviors
          .incidents()
          .createElementIncident(
              ErrorType.EXTRACT_VALUE_ERROR, result.failureMessage(), instance, context);
      return null;
    }
    return Map.entry(script.getResultVariable(), JsonValues.toJson(result.value()));
  }
}
