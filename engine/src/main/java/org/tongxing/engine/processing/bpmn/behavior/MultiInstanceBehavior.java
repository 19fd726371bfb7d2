package org.tongxing.engine.processing.bpmn.behavior;

import java.util.ArrayList;
import java.util.List;
import org.tongxing.engine.feel.EvaluationResult;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.engine.model.executable.ExecutableMultiInstanceBody;
import org.tongxing.engine.model.executable.LoopCharacteristics;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.ErrorType;
import org.tongxing.engine.state.immutable.ElementInstance;
import org.tongxing.engine.state.immutable.VariableState;

/**
 * The bookkeeping of multi-instance bodies, kept as local variables of the body as Camunda does:
 * {@code numberOfInstances}, {@code numberOfActiveInstances}, {@code numberOfCompletedInstances},
 * {@code numberOfTerminatedInstances}, and the output collection; each inner instance has its
 * {@code loopCounter} (from 1) and input element.
 */
public final class MultiInstanceBehavior {

  public static final String NUMBER_OF_INSTANCES = "numberOfInstances";
  public static final String NUMBER_OF_ACTIVE_INSTANCES = "numberOfActiveInstances";
  public static final String NUMBER_OF_COMPLETED_INSTANCES = "numberOfCompletedInstances";
  public static final String NUMBER_OF_TERMINATED_INSTANCES = "numberOfTerminatedInstances";
  public static final String LOOP_COUNTER = "loopCounter";

  private final ExpressionBehavior expressions;
  private final VariableBehavior variables;
  private final IncidentBehavior incidents;

  public MultiInstanceBehavior(
      ExpressionBehavior expressions, VariableBehavior variables, IncidentBehavior incidents) {
    this.expressions = expressions;
    this.variables = variables;
    this.incidents = incidents;
  }

  /**
   * When an inner instance completes, its output element goes into the body's output collection at
   * the instance's place (loopCounter - 1). False after raising an incident.
   */
  public boolean collectOutput(BpmnElementContext inner, ProcessingContext context) {
    ElementInstance body = context.state().elementInstances().get(inner.flowScopeKey());
    if (body == null || body.value().bpmnElementType() != BpmnElementType.MULTI_INSTANCE_BODY) {
      return true;
    }
    LoopCharacteristics loop = bodyElement(body, context).getLoop();
    if (loop.outputCollection() == null || loop.outputElement() == null) {
      return true;
    }
    EvaluationResult element =
        expressions.evaluate(loop.outputElement(), inner.elementInstanceKey(), context);
    if (element.isFailure()) {
      incidents.createElementIncident(
          ErrorType.EXTRACT_VALUE_ERROR, element.failureMessage(), inner, context);
      return false;
    }
    VariableState state = context.state().variables();
    int index = intValue(state.getLocal(inner.elementInstanceKey(), LOOP_COUNTER)) - 1;
    var collection = state.getLocal(body.key(), loop.outputCollection());
    List<Object> values =
        collection == null
            ? new ArrayList<>()
            : new ArrayList<>((List<?>) JsonValues.parse(collection.value()));
    while (values.size() <= index) {
      values.add(null);
    }
    values.set(index, element.value());
    variables.setLocal(
        body.key(), loop.outputCollection(), JsonValues.toJson(values), body.value(), context);
    return true;
  }

  public ExecutableMultiInstanceBody bodyElement(ElementInstance body, ProcessingContext context) {
    return (ExecutableMultiInstanceBody)
        context
            .state()
            .processes()
            .getByKey(body.value().processDefinitionKey())
            .executable()
            .getElement(body.value().elementId());
  }

  /** Reads a body counter (a local number variable); 0 when unset. */
  public static int counter(long bodyKey, String name, ProcessingContext context) {
    return intValue(context.state().variables().getLocal(bodyKey, name));
  }

  private static int intValue(VariableState.Variable variable) {
    return variable == null ? 0 : Integer.parseInt(variable.value());
  }
}
