package org.tongxing.engine.processing.bpmn.container;

import static org.tongxing.engine.processing.bpmn.behavior.MultiInstanceBehavior.LOOP_COUNTER;
import static org.tongxing.engine.processing.bpmn.behavior.MultiInstanceBehavior.NUMBER_OF_ACTIVE_INSTANCES;
import static org.tongxing.engine.processing.bpmn.behavior.MultiInstanceBehavior.NUMBER_OF_COMPLETED_INSTANCES;
import static org.tongxing.engine.processing.bpmn.behavior.MultiInstanceBehavior.NUMBER_OF_INSTANCES;
import static org.tongxing.engine.processing.bpmn.behavior.MultiInstanceBehavior.NUMBER_OF_TERMINATED_INSTANCES;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongxing.engine.feel.EvaluationResult;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableMultiInstanceBody;
import org.tongxing.engine.model.executable.LoopCharacteristics;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.processing.bpmn.behavior.MultiInstanceBehavior;
import org.tongxing.engine.record.ErrorType;
import org.tongxing.engine.state.immutable.ElementInstance;

/**
 * Multi-instance body: runs the inner activity once per item of the input collection, all at once
 * (parallel) or one after another (sequential). The completion condition, checked after each inner
 * instance completes, ends the loop early and terminates the instances still active (或签: one
 * approval is enough); without one, the body completes when all have (会签). The output collection
 * then goes to the flow scope.
 */
public final class MultiInstanceBodyProcessor
    implements BpmnElementProcessor<ExecutableMultiInstanceBody> {

  private final BpmnBehaviors behaviors;

  public MultiInstanceBodyProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Class<ExecutableMultiInstanceBody> elementClass() {
    return ExecutableMultiInstanceBody.class;
  }

  @Override
  public void onActivate(
      ExecutableMultiInstanceBody element, BpmnElementContext instance, ProcessingContext context) {
    LoopCharacteristics loop = element.getLoop();
    List<?> items = inputCollection(loop, instance, context);
    if (items == null || !behaviors.eventSubscriptions().subscribe(element, instance, context)) {
      return;
    }
    Map<String, String> counters = new LinkedHashMap<>();
    counters.put(NUMBER_OF_INSTANCES, Integer.toString(items.size()));
    counters.put(
        NUMBER_OF_ACTIVE_INSTANCES,
        Integer.toString(loop.sequential() ? Math.min(1, items.size()) : items.size()));
    counters.put(NUMBER_OF_COMPLETED_INSTANCES, "0");
    counters.put(NUMBER_OF_TERMINATED_INSTANCES, "0");
    if (loop.outputCollection() != null) {
      List<Object> empty = new ArrayList<>();
      items.forEach(item -> empty.add(null));
      counters.put(loop.outputCollection(), JsonValues.toJson(empty));
    }
    behaviors
        .variables()
        .mergeLocal(instance.elementInstanceKey(), counters, instance.record(), context);
    behaviors.stateTransitions().transitionToActivated(instance, context);
    if (items.isEmpty()) {
      behaviors.stateTransitions().completeElement(instance, context);
      return;
    }
    int count = loop.sequential() ? 1 : items.size();
    for (int index = 0; index < count; index++) {
      activateInner(element, instance, items.get(index), index, context);
    }
  }

  @Override
  public void onChildCompleted(
      ExecutableMultiInstanceBody element, BpmnElementContext instance, ProcessingContext context) {
    ElementInstance body = context.state().elementInstances().get(instance.elementInstanceKey());
    if (body == null || !body.isActive()) {
      return;
    }
    long key = body.key();
    int total = MultiInstanceBehavior.counter(key, NUMBER_OF_INSTANCES, context);
    int completed = MultiInstanceBehavior.counter(key, NUMBER_OF_COMPLETED_INSTANCES, context) + 1;
    LoopCharacteristics loop = element.getLoop();
    boolean next = loop.sequential() && completed < total;
    setCounters(instance, completed, next ? 1 : body.activeChildren(), context);
    Boolean done = completionConditionHolds(loop, instance, context);
    if (done == null) {
      return;
    }
    if (done) {
      // the loop ends early: the inner instances still active end with it
      int terminated = body.activeChildren();
      boolean allTerminated = true;
      for (long child : context.state().elementInstances().getChildren(key)) {
        allTerminated &= behaviors.termination().terminate(child, context);
      }
      behaviors
          .variables()
          .setLocal(
              key,
              NUMBER_OF_TERMINATED_INSTANCES,
              Integer.toString(terminated),
              instance.record(),
              context);
      behaviors
          .variables()
          .setLocal(key, NUMBER_OF_ACTIVE_INSTANCES, "0", instance.record(), context);
      if (allTerminated) {
        onComplete(element, instance, context);
      }
      // else canceling listeners of an inner user task run first: see onChildTerminated
    } else if (next) {
      List<?> items = inputCollection(loop, instance, context);
      if (items != null) {
        activateInner(element, instance, items.get(completed), completed, context);
      }
    } else if (body.activeChildren() == 0) {
      onComplete(element, instance, context);
    }
  }

  /**
   * An inner instance that the completion condition terminated has ended after its canceling
   * listeners: the body completes once none is left.
   */
  @Override
  public void onChildTerminated(
      ExecutableMultiInstanceBody element, BpmnElementContext instance, ProcessingContext context) {
    ElementInstance body = context.state().elementInstances().get(instance.elementInstanceKey());
    if (body != null && body.isActive() && body.activeChildren() == 0) {
      onComplete(element, instance, context);
    }
  }

  @Override
  public void onComplete(
      ExecutableMultiInstanceBody element, BpmnElementContext instance, ProcessingContext context) {
    behaviors.stateTransitions().transitionToCompleting(instance, context);
    String outputCollection = element.getLoop().outputCollection();
    if (outputCollection != null) {
      var output =
          context.state().variables().getLocal(instance.elementInstanceKey(), outputCollection);
      if (output != null) {
        behaviors
            .variables()
            .mergePropagating(
                instance.flowScopeKey(),
                Map.of(outputCollection, output.value()),
                instance.record(),
                context);
      }
    }
    if (!behaviors.stateTransitions().transitionToCompleted(instance, context)) {
      return;
    }
    behaviors.stateTransitions().takeOutgoingSequenceFlows(element, instance, context);
  }

  private void activateInner(
      ExecutableMultiInstanceBody element,
      BpmnElementContext body,
      Object item,
      int index,
      ProcessingContext context) {
    ExecutableFlowNode inner = element.getInnerActivity();
    Map<String, String> locals = new LinkedHashMap<>();
    locals.put(LOOP_COUNTER, Integer.toString(index + 1));
    if (element.getLoop().inputElement() != null) {
      locals.put(element.getLoop().inputElement(), JsonValues.toJson(item));
    }
    context.followUp(
        new InternalCommand.ActivateElement(
            -1,
            inner,
            body.record()
                .withElement(inner.getId(), inner.getElementType(), body.elementInstanceKey()),
            Map.of(),
            locals));
  }

  private void setCounters(
      BpmnElementContext body, int completed, int active, ProcessingContext context) {
    behaviors
        .variables()
        .mergeLocal(
            body.elementInstanceKey(),
            Map.of(
                NUMBER_OF_COMPLETED_INSTANCES, Integer.toString(completed),
                NUMBER_OF_ACTIVE_INSTANCES, Integer.toString(active)),
            body.record(),
            context);
  }

  /** True, false, or null after raising an incident. */
  private Boolean completionConditionHolds(
      LoopCharacteristics loop, BpmnElementContext body, ProcessingContext context) {
    if (loop.completionCondition() == null) {
      return false;
    }
    EvaluationResult result =
        behaviors
            .expressions()
            .evaluate(loop.completionCondition(), body.elementInstanceKey(), context);
    if (result.isFailure() || !(result.value() instanceof Boolean holds)) {
      behaviors
          .incidents()
          .createElementIncident(
              ErrorType.CONDITION_ERROR,
              result.isFailure()
                  ? result.failureMessage()
                  : "Expected result of the expression '"
                      + loop.completionCondition().text()
                      + "' to be 'BOOLEAN', but was '"
                      + result.value()
                      + "'",
              body,
              context);
      return null;
    }
    return holds;
  }

  /** The items to loop over; null after raising an incident. */
  private List<?> inputCollection(
      LoopCharacteristics loop, BpmnElementContext body, ProcessingContext context) {
    EvaluationResult result =
        behaviors
            .expressions()
            .evaluate(loop.inputCollection(), body.elementInstanceKey(), context);
    if (result.isFailure()) {
      behaviors
          .incidents()
          .createElementIncident(
              ErrorType.EXTRACT_VALUE_ERROR, result.failureMessage(), body, context);
      return null;
    }
    if (!(result.value() instanceof List<?> items)) {
      behaviors
          .incidents()
          .createElementIncident(
              ErrorType.EXTRACT_VALUE_ERROR,
              "Expected result of the expression '"
                  + loop.inputCollection().text()
                  + "' to be 'ARRAY', but was '"
                  + result.value()
                  + "'",
              body,
              context);
      return null;
    }
    return items;
  }
}
