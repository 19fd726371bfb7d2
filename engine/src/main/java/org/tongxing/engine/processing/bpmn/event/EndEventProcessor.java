package org.tongxing.engine.processing.bpmn.event;

import java.util.Map;
import org.tongxing.engine.model.executable.EventDefinition;
import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableJobWorkerTask;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.processing.bpmn.task.JobWorkerTaskProcessor;
import org.tongxing.engine.record.ErrorType;

/**
 * End events. A none end event ends its path; a terminate end event ends its whole scope,
 * terminating everything still active in it; an error end event throws its error to the nearest
 * catching boundary event, or raises an incident when nothing catches it; a signal end event
 * broadcasts its signal, an escalation end event throws its escalation; a message end event is a
 * job for a worker.
 */
public final class EndEventProcessor implements BpmnElementProcessor<ExecutableFlowNode> {

  private final BpmnBehaviors behaviors;
  private final ThrowEventBehavior throwEvents;
  private final JobWorkerTaskProcessor messageEndEvent;

  public EndEventProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
    this.throwEvents = new ThrowEventBehavior(behaviors);
    this.messageEndEvent = new JobWorkerTaskProcessor(behaviors);
  }

  @Override
  public Class<ExecutableFlowNode> elementClass() {
    return ExecutableFlowNode.class;
  }

  @Override
  public void onActivate(
      ExecutableFlowNode node, BpmnElementContext instance, ProcessingContext context) {
    if (node instanceof ExecutableJobWorkerTask job) {
      messageEndEvent.onActivate(job, instance, context); // a message end event is a job
      return;
    }
    ExecutableCatchEvent element = (ExecutableCatchEvent) node;
    if (element.getDefinition() instanceof EventDefinition.Error error) {
      throwError(error, instance, context);
      return;
    }
    if (!throwEvents.throwEvent(element, instance, context)) {
      return; // an interrupting catch event took over and terminated this end event
    }
    behaviors.stateTransitions().transitionToActivated(instance, context);
    behaviors.stateTransitions().completeElement(instance, context);
  }

  private void throwError(
      EventDefinition.Error error, BpmnElementContext instance, ProcessingContext context) {
    var code =
        behaviors
            .expressions()
            .evaluateString(error.errorCode(), instance.elementInstanceKey(), context);
    if (code.isFailure()) {
      behaviors
          .incidents()
          .createElementIncident(ErrorType.EXTRACT_VALUE_ERROR, code.failure(), instance, context);
      return;
    }
    // thrown while activating: an incident leaves the end event activating, to throw again
    if (!behaviors
        .errorEvents()
        .throwError(code.value(), instance.elementInstanceKey(), Map.of(), context)) {
      behaviors
          .incidents()
          .createElementIncident(
              ErrorType.UNHANDLED_ERROR_EVENT,
              "Expected to throw an error event with the code '"
                  + code.value()
                  + "', but it was not caught. No error events are available in the scope.",
              instance,
              context);
    }
  }

  @Override
  public void onComplete(
      ExecutableFlowNode node, BpmnElementContext instance, ProcessingContext context) {
    if (node instanceof ExecutableJobWorkerTask job) {
      messageEndEvent.onComplete(job, instance, context);
      return;
    }
    ExecutableCatchEvent element = (ExecutableCatchEvent) node;
    var transitions = behaviors.stateTransitions();
    transitions.transitionToCompleting(instance, context);
    if (!behaviors.variableMappings().applyOutputMappings(element, instance, context)) {
      return;
    }
    if (!transitions.transitionToCompleted(instance, context)) {
      return;
    }
    if (element.getDefinition() instanceof EventDefinition.Terminate) {
      // everything else in the scope ends too; the applier dropped its waiting tokens
      for (long sibling : context.state().elementInstances().getChildren(instance.flowScopeKey())) {
        behaviors.termination().terminate(sibling, context);
      }
      context.followUp(new InternalCommand.ChildCompleted(instance.flowScopeKey()));
      return;
    }
    transitions.onPathEnded(instance, context);
  }
}
