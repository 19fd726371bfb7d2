package org.tongxing.engine.processing.bpmn.event;

import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableJobWorkerTask;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.processing.bpmn.task.JobWorkerTaskProcessor;

/**
 * Intermediate throw events: a none event passes the token on; a signal event broadcasts, an
 * escalation event throws and goes on (unless an interrupting catch event ends it); a link event
 * goes on at its catch link event; a message event is a job for a worker.
 */
public final class IntermediateThrowEventProcessor
    implements BpmnElementProcessor<ExecutableFlowNode> {

  private final BpmnBehaviors behaviors;
  private final ThrowEventBehavior throwEvents;
  private final JobWorkerTaskProcessor messageEvent;

  public IntermediateThrowEventProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
    this.throwEvents = new ThrowEventBehavior(behaviors);
    this.messageEvent = new JobWorkerTaskProcessor(behaviors);
  }

  @Override
  public Class<ExecutableFlowNode> elementClass() {
    return ExecutableFlowNode.class;
  }

  @Override
  public void onActivate(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    if (element instanceof ExecutableJobWorkerTask job) {
      messageEvent.onActivate(job, instance, context);
      return;
    }
    if (!throwEvents.throwEvent((ExecutableCatchEvent) element, instance, context)) {
      return;
    }
    behaviors.stateTransitions().transitionToActivated(instance, context);
    behaviors.stateTransitions().completeElement(instance, context);
  }

  @Override
  public void onComplete(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    if (element instanceof ExecutableJobWorkerTask job) {
      messageEvent.onComplete(job, instance, context);
      return;
    }
    var transitions = behaviors.stateTransitions();
    transitions.transitionToCompleting(instance, context);
    if (!behaviors.variableMappings().applyOutputMappings(element, instance, context)
        || !transitions.transitionToCompleted(instance, context)) {
      return;
    }
    if (element instanceof ExecutableCatchEvent link && link.getLinkTarget() != null) {
      // the path goes on at the catch link event of the same name, as over a sequence flow
      ExecutableCatchEvent target = link.getLinkTarget();
      context.followUp(
          new InternalCommand.ActivateElement(
              -1,
              target,
              instance
                  .record()
                  .withElement(target.getId(), target.getElementType(), instance.flowScopeKey())));
      return;
    }
    transitions.takeOutgoingSequenceFlows(element, instance, context);
  }
}
