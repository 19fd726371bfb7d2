package org.tongxing.engine.processing.bpmn.container;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tongxing.engine.model.executable.ExecutableCallActivity;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableProcess;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.record.ProcessEventIntent;
import org.tongxing.engine.record.ProcessEventRecord;
import org.tongxing.engine.state.immutable.ElementInstance;

/**
 * The process itself: completes when nothing is left in it; a process started by a call activity
 * then hands its variables back and lets the call activity complete.
 */
public final class ProcessProcessor implements BpmnElementProcessor<ExecutableProcess> {

  private final BpmnBehaviors behaviors;

  public ProcessProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Class<ExecutableProcess> elementClass() {
    return ExecutableProcess.class;
  }

  /**
   * Whoever creates the instance chooses where it starts (the none start event, a timer or message
   * start event, start instructions) and activates that element right after this; when the process
   * has start execution listeners, those elements waited for them and start now.
   */
  @Override
  public void onActivate(
      ExecutableProcess element, BpmnElementContext instance, ProcessingContext context) {
    // its event sub-processes' timer and message start events wait from now on
    if (!behaviors.eventSubscriptions().subscribe(element, instance, context)) {
      return;
    }
    behaviors.stateTransitions().transitionToActivated(instance, context);
    for (ProcessEventRecord deferred :
        context.state().elementInstances().getDeferredActivations(instance.elementInstanceKey())) {
      context.appendEvent(context.nextKey(), ProcessEventIntent.TRIGGERED, deferred);
      ExecutableFlowNode start =
          (ExecutableFlowNode) element.getElement(deferred.targetElementId());
      context.followUp(
          new InternalCommand.ActivateElement(
              -1,
              start,
              instance
                  .record()
                  .withElement(
                      start.getId(), start.getElementType(), instance.elementInstanceKey()),
              deferred.variables()));
    }
  }

  @Override
  public void onComplete(
      ExecutableProcess element, BpmnElementContext instance, ProcessingContext context) {
    behaviors.stateTransitions().transitionToCompleting(instance, context);
    // the child's variables go back to its call activity: read them before they are gone
    Map<String, String> variables = new LinkedHashMap<>();
    context
        .state()
        .variables()
        .getLocals(instance.elementInstanceKey())
        .forEach((name, variable) -> variables.put(name, variable.value()));
    if (!behaviors.stateTransitions().transitionToCompleted(instance, context)) {
      return;
    }
    behaviors.processEnd().onEnded(element, context);
    context.processEnded(instance.elementInstanceKey(), variables, true);
    if (instance.record().parentElementInstanceKey() >= 0) {
      returnToCallActivity(instance.record().parentElementInstanceKey(), variables, context);
    }
  }

  private void returnToCallActivity(
      long callActivityKey, Map<String, String> childVariables, ProcessingContext context) {
    ElementInstance caller = context.state().elementInstances().get(callActivityKey);
    if (caller == null) {
      return;
    }
    ExecutableCallActivity callActivity =
        (ExecutableCallActivity)
            context
                .state()
                .processes()
                .getByKey(caller.value().processDefinitionKey())
                .executable()
                .getFlowNode(caller.value().elementId(), caller.value().bpmnElementType());
    BpmnElementContext callerContext = new BpmnElementContext(caller.key(), caller.value());
    if (callActivity.isPropagateAllChildVariables()) {
      behaviors
          .variableMappings()
          .applyCompletionVariables(callActivity, callerContext, childVariables, context);
    } else if (!callActivity.getOutputMappings().isEmpty()) {
      // only what the output mappings take from the child leaves the call activity
      behaviors.variables().mergeLocal(caller.key(), childVariables, caller.value(), context);
    }
    context.followUp(new InternalCommand.CompleteElement(caller.key()));
  }

  @Override
  public void onChildCompleted(
      ExecutableProcess element, BpmnElementContext instance, ProcessingContext context) {
    ElementInstance process = context.state().elementInstances().get(instance.elementInstanceKey());
    // the process is done when no element is active in it and no token is on its way
    if (process != null
        && process.isActive()
        && process.activeChildren() == 0
        && process.activeSequenceFlows() == 0) {
      onComplete(element, instance, context);
    }
  }
}
