package org.tongxing.engine.processing.bpmn.behavior;

import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableSequenceFlow;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;

/** Moves element instances through their lifecycle and tokens along sequence flows. */
public final class BpmnStateTransitionBehavior {

  private final EventSubscriptionBehavior eventSubscriptions;
  private final MultiInstanceBehavior multiInstance;
  private final ExecutionListenerBehavior executionListeners;

  public BpmnStateTransitionBehavior(
      EventSubscriptionBehavior eventSubscriptions,
      MultiInstanceBehavior multiInstance,
      ExecutionListenerBehavior executionListeners) {
    this.eventSubscriptions = eventSubscriptions;
    this.multiInstance = multiInstance;
    this.executionListeners = executionListeners;
  }

  public void transitionToActivated(BpmnElementContext element, ProcessingContext context) {
    write(element, ProcessInstanceIntent.ELEMENT_ACTIVATED, context);
  }

  /** Leaving the element: what it waited for (timers, boundary events) no longer applies. */
  public void transitionToCompleting(BpmnElementContext element, ProcessingContext context) {
    var instance = context.state().elementInstances().get(element.elementInstanceKey());
    if (instance != null && instance.state() == ProcessInstanceIntent.ELEMENT_COMPLETING) {
      return; // resumed after an incident in its output mappings: it is completing already
    }
    write(element, ProcessInstanceIntent.ELEMENT_COMPLETING, context);
    eventSubscriptions.unsubscribe(element.elementInstanceKey(), context);
  }

  /**
   * Completes the element once its end execution listeners have run; an inner instance of a
   * multi-instance first adds its output element to the body's output collection. False while a
   * listener runs or an incident keeps the element completing.
   */
  public boolean transitionToCompleted(BpmnElementContext element, ProcessingContext context) {
    ExecutableFlowNode node =
        context
            .state()
            .processes()
            .getByKey(element.record().processDefinitionKey())
            .executable()
            .getFlowNode(element.record().elementId(), element.record().bpmnElementType());
    if (!executionListeners.endListenersCompleted(node, element, context)) {
      return false;
    }
    if (!multiInstance.collectOutput(element, context)) {
      return false;
    }
    write(element, ProcessInstanceIntent.ELEMENT_COMPLETED, context);
    return true;
  }

  /** Asks for the element to be completed: used by elements that do not wait. */
  public void completeElement(BpmnElementContext element, ProcessingContext context) {
    context.followUp(new InternalCommand.CompleteElement(element.elementInstanceKey()));
  }

  /**
   * Takes every outgoing sequence flow of a completed element; an element without outgoing flows
   * ends its path, which may complete its flow scope.
   */
  public void takeOutgoingSequenceFlows(
      ExecutableFlowNode node, BpmnElementContext element, ProcessingContext context) {
    if (node.getOutgoing().isEmpty()) {
      onPathEnded(element, context);
      return;
    }
    for (ExecutableSequenceFlow flow : node.getOutgoing()) {
      takeSequenceFlow(flow, element, context);
    }
    checkInclusiveJoins(element, context);
  }

  /** A token moved on: an inclusive join in the scope may not wait for it any more. */
  public void checkInclusiveJoins(BpmnElementContext element, ProcessingContext context) {
    var process = context.state().processes().getByKey(element.record().processDefinitionKey());
    if (process != null && process.executable().hasInclusiveJoins()) {
      context.followUp(new InternalCommand.CheckInclusiveJoins(element.flowScopeKey()));
    }
  }

  public void takeSequenceFlow(
      ExecutableSequenceFlow flow, BpmnElementContext element, ProcessingContext context) {
    ProcessInstanceRecord flowRecord =
        element.record().withElement(flow.getId(), flow.getElementType(), element.flowScopeKey());
    context.appendEvent(context.nextKey(), ProcessInstanceIntent.SEQUENCE_FLOW_TAKEN, flowRecord);
    ExecutableFlowNode target = flow.getTarget();
    if (target.isParallelJoin() && !allIncomingFlowsTaken(target, element, context)) {
      return; // the token waits at the join for the other paths
    }
    if (target.isInclusiveJoin()) {
      // the token waits; the check decides, once the scope has moved, whether more can come
      context.followUp(new InternalCommand.CheckInclusiveJoins(element.flowScopeKey()));
      return;
    }
    context.followUp(
        new InternalCommand.ActivateElement(
            -1,
            target,
            element
                .record()
                .withElement(target.getId(), target.getElementType(), element.flowScopeKey())));
  }

  private static boolean allIncomingFlowsTaken(
      ExecutableFlowNode join, BpmnElementContext element, ProcessingContext context) {
    var waiting =
        context.state().elementInstances().getWaitingTokens(element.flowScopeKey(), join.getId());
    return join.getIncoming().stream().allMatch(flow -> waiting.getOrDefault(flow.getId(), 0) > 0);
  }

  /** Lets the flow scope know one of its paths ended, so it can complete when none is left. */
  public void onPathEnded(BpmnElementContext element, ProcessingContext context) {
    context.followUp(new InternalCommand.ChildCompleted(element.flowScopeKey()));
    checkInclusiveJoins(element, context);
  }

  private static void write(
      BpmnElementContext element, ProcessInstanceIntent intent, ProcessingContext context) {
    context.appendEvent(element.elementInstanceKey(), intent, element.record());
  }
}
