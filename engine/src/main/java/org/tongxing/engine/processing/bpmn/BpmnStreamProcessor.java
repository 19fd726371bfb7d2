package org.tongxing.engine.processing.bpmn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.InternalCommand.ActivateElement;
import org.tongxing.engine.processing.InternalCommand.ChildCompleted;
import org.tongxing.engine.processing.InternalCommand.CompleteElement;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.processing.bpmn.behavior.EventSubProcessBehavior;
import org.tongxing.engine.processing.bpmn.behavior.ExecutionListenerBehavior;
import org.tongxing.engine.processing.bpmn.behavior.UserTaskTransitionBehavior;
import org.tongxing.engine.processing.bpmn.behavior.VariableBehavior;
import org.tongxing.engine.processing.bpmn.behavior.VariableMappingBehavior;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.ProcessEventIntent;
import org.tongxing.engine.record.ProcessEventRecord;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.state.immutable.DeployedProcess;
import org.tongxing.engine.state.immutable.ElementInstance;

/** Runs the element lifecycle commands by handing each to its element type's processor. */
public final class BpmnStreamProcessor {

  private final BpmnElementProcessors processors;
  private final VariableMappingBehavior variableMappings;
  private final VariableBehavior variables;
  private final ExecutionListenerBehavior executionListeners;
  private final UserTaskTransitionBehavior userTaskTransitions;
  private final EventSubProcessBehavior eventSubProcesses;

  public BpmnStreamProcessor(BpmnElementProcessors processors, BpmnBehaviors behaviors) {
    this.processors = processors;
    this.variableMappings = behaviors.variableMappings();
    this.variables = behaviors.variables();
    this.executionListeners = behaviors.executionListeners();
    this.userTaskTransitions = behaviors.userTaskTransitions();
    this.eventSubProcesses = behaviors.eventSubProcesses();
  }

  public void activate(ActivateElement command, ProcessingContext context) {
    ProcessInstanceRecord record = command.template();
    if (record.flowScopeKey() >= 0) {
      ElementInstance scope = context.state().elementInstances().get(record.flowScopeKey());
      if (scope == null || !scope.isActive()) {
        return; // the scope ended (terminated, say) before the token arrived
      }
    }
    long key = command.key() >= 0 ? command.key() : context.nextKey();
    context.appendEvent(key, ProcessInstanceIntent.ELEMENT_ACTIVATING, record);
    ExecutableFlowNode element = command.element();
    BpmnElementContext instance = new BpmnElementContext(key, record);
    if (!command.localVariables().isEmpty()) {
      variables.mergeLocal(key, command.localVariables(), record, context);
    }
    if (!command.eventVariables().isEmpty()) {
      // the event's variables arrive as a job's do: local with output mappings, else propagated
      variableMappings.applyCompletionVariables(
          element, instance, command.eventVariables(), context);
    }
    enter(element, instance, context);
  }

  /**
   * The part of activating that every element shares: input mappings, then the start execution
   * listeners one after the other, then the element's own behaviour. Each step that stops (an
   * incident, a listener's job) is taken up again by {@link #resume}.
   */
  private void enter(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    if (!variableMappings.applyInputMappings(element, instance, context)
        || !executionListeners.startListenersCompleted(element, instance, context)) {
      return;
    }
    ProcessEventRecord occurred = occurredEvent(instance, context);
    if (occurred != null) {
      // an event after an event-based gateway: it occurred before it was activated
      context.appendEvent(context.nextKey(), ProcessEventIntent.TRIGGERED, occurred);
      variableMappings.applyCompletionVariables(element, instance, occurred.variables(), context);
      context.appendEvent(
          instance.elementInstanceKey(),
          ProcessInstanceIntent.ELEMENT_ACTIVATED,
          instance.record());
      context.followUp(new CompleteElement(instance.elementInstanceKey()));
      return;
    }
    processors.get(element).onActivate(element, instance, context);
  }

  /** The event that occurred for this element instance before it was activated, if any. */
  private static ProcessEventRecord occurredEvent(
      BpmnElementContext instance, ProcessingContext context) {
    return context
        .state()
        .elementInstances()
        .getDeferredActivations(instance.elementInstanceKey())
        .stream()
        .filter(event -> event.targetElementId().equals(instance.record().elementId()))
        .findFirst()
        .orElse(null);
  }

  public void activateTriggered(
      InternalCommand.ActivateTriggeredEvent command, ProcessingContext context) {
    long key = context.nextKey();
    ProcessInstanceRecord record = command.template();
    context.appendEvent(key, ProcessInstanceIntent.ELEMENT_ACTIVATING, record);
    BpmnElementContext instance = new BpmnElementContext(key, record);
    // the event occurred already: kept with its variables until the element is entered (its
    // start listeners may run as jobs first), then it completes at once
    context.appendEvent(
        context.nextKey(),
        ProcessEventIntent.TRIGGERING,
        new ProcessEventRecord(
            key,
            record.elementId(),
            Map.copyOf(command.eventVariables()),
            record.processDefinitionKey(),
            record.processInstanceKey()));
    enter(command.element(), instance, context);
  }

  public void complete(CompleteElement command, ProcessingContext context) {
    ElementInstance instance = context.state().elementInstances().get(command.elementInstanceKey());
    if (instance == null || !instance.isActive()) {
      // it ended in the meantime (terminated, say): nothing to complete
      return;
    }
    ExecutableFlowNode element = element(instance, context);
    processors
        .get(element)
        .onComplete(element, new BpmnElementContext(instance.key(), instance.value()), context);
  }

  /** Retries the lifecycle step an incident stopped, or goes on after an execution listener. */
  public void resume(InternalCommand.ResumeElement command, ProcessingContext context) {
    ElementInstance instance = context.state().elementInstances().get(command.elementInstanceKey());
    if (instance == null) {
      return;
    }
    if (UserTaskTransitionBehavior.isRunning(instance, context)) {
      // a task listener stopped: the user task's transition goes on, not the element's step
      userTaskTransitions.resume(instance, context);
      return;
    }
    ExecutableFlowNode element = element(instance, context);
    BpmnElementContext stopped = new BpmnElementContext(instance.key(), instance.value());
    switch (instance.state()) {
      case ELEMENT_ACTIVATING -> enter(element, stopped, context);
      case ELEMENT_COMPLETING -> processors.get(element).onComplete(element, stopped, context);
      default -> {
        // nothing was stopped: the element moved on already
      }
    }
  }

  /**
   * Activates each inclusive join of the scope that holds tokens and can expect no more: no active
   * element and no waiting join in the scope can still reach one of its empty incoming flows.
   */
  public void checkInclusiveJoins(
      InternalCommand.CheckInclusiveJoins command, ProcessingContext context) {
    ElementInstance scope = context.state().elementInstances().get(command.flowScopeKey());
    if (scope == null || !scope.isActive()) {
      return;
    }
    if (context.hasPendingActivationIn(scope.key())) {
      // a token between two elements (a link event's jump, a boundary event after its activity)
      // is in no element yet: look again once it has arrived
      context.followUp(command);
      return;
    }
    var process =
        context.state().processes().getByKey(scope.value().processDefinitionKey()).executable();
    var instances = context.state().elementInstances();
    java.util.Set<String> activeElements = new java.util.HashSet<>();
    for (long child : instances.getChildren(scope.key())) {
      activeElements.add(instances.get(child).value().elementId());
    }
    for (var element : process.getElements().values()) {
      if (!(element instanceof org.tongxing.engine.model.executable.ExecutableInclusiveGateway join)
          || !join.isInclusiveJoin()) {
        continue;
      }
      var tokens = instances.getWaitingTokens(scope.key(), join.getId());
      if (tokens.isEmpty()) {
        continue;
      }
      boolean moreCanCome =
          join.getUpstreamOfIncoming().entrySet().stream()
              .filter(incoming -> tokens.getOrDefault(incoming.getKey(), 0) == 0)
              .anyMatch(
                  incoming ->
                      incoming.getValue().stream()
                          .anyMatch(
                              upstream ->
                                  activeElements.contains(upstream)
                                      || !instances
                                          .getWaitingTokens(scope.key(), upstream)
                                          .isEmpty()));
      if (!moreCanCome) {
        activate(
            new ActivateElement(
                -1,
                join,
                scope.value().withElement(join.getId(), join.getElementType(), scope.key())),
            context);
      }
    }
  }

  public void childCompleted(ChildCompleted command, ProcessingContext context) {
    ElementInstance scope = context.state().elementInstances().get(command.flowScopeKey());
    if (scope == null) {
      return;
    }
    ExecutableFlowNode element = element(scope, context);
    processors
        .get(element)
        .onChildCompleted(element, new BpmnElementContext(scope.key(), scope.value()), context);
  }

  /**
   * A termination in the scope that waited for canceling listeners has ended. An interrupting event
   * kept for it activates once what it interrupts is gone (a boundary event: its activity; an event
   * sub-process: everything else in the scope); with none kept, the scope completes when nothing is
   * left in it (after a terminate end event, say).
   */
  public void childTerminated(InternalCommand.ChildTerminated command, ProcessingContext context) {
    ElementInstance scope = context.state().elementInstances().get(command.flowScopeKey());
    if (scope == null || !scope.isActive()) {
      return;
    }
    ExecutableFlowNode element = element(scope, context);
    var process =
        context.state().processes().getByKey(scope.value().processDefinitionKey()).executable();
    List<ProcessEventRecord> interruptions = new ArrayList<>();
    for (ProcessEventRecord kept :
        context.state().elementInstances().getDeferredActivations(scope.key())) {
      if (process.getElement(kept.targetElementId()) instanceof ExecutableCatchEvent event
          && (event.getAttachedTo() != null
              || EventSubProcessBehavior.startsEventSubProcess(event))) {
        interruptions.add(kept);
      }
    }
    if (interruptions.isEmpty()) {
      processors
          .get(element)
          .onChildTerminated(element, new BpmnElementContext(scope.key(), scope.value()), context);
      return;
    }
    // an interrupting event sub-process ends everything else in the scope, boundary events too
    ProcessEventRecord eventSubProcess =
        interruptions.stream()
            .filter(
                kept ->
                    ((ExecutableCatchEvent) process.getElement(kept.targetElementId()))
                            .getAttachedTo()
                        == null)
            .findFirst()
            .orElse(null);
    for (ProcessEventRecord kept : interruptions) {
      ExecutableCatchEvent event =
          (ExecutableCatchEvent) process.getElement(kept.targetElementId());
      if (eventSubProcess != null && kept != eventSubProcess) {
        context.appendEvent(context.nextKey(), ProcessEventIntent.TRIGGERED, kept);
      } else if (kept == eventSubProcess && !anyTerminating(scope, null, context)) {
        context.appendEvent(context.nextKey(), ProcessEventIntent.TRIGGERED, kept);
        eventSubProcesses.activate(scope, event, kept.variables(), context);
      } else if (eventSubProcess == null
          && !anyTerminating(scope, event.getAttachedTo().getId(), context)) {
        context.appendEvent(context.nextKey(), ProcessEventIntent.TRIGGERED, kept);
        context.followUp(
            new ActivateElement(
                -1,
                event,
                scope
                    .value()
                    .withElement(event.getId(), BpmnElementType.BOUNDARY_EVENT, scope.key()),
                kept.variables()));
      }
    }
  }

  /** Is an element instance (of this element, when given) still terminating in the scope? */
  private static boolean anyTerminating(
      ElementInstance scope, String elementId, ProcessingContext context) {
    var instances = context.state().elementInstances();
    return instances.getChildren(scope.key()).stream()
        .map(instances::get)
        .anyMatch(
            child ->
                child.state() == ProcessInstanceIntent.ELEMENT_TERMINATING
                    && (elementId == null || child.value().elementId().equals(elementId)));
  }

  private static ExecutableFlowNode element(ElementInstance instance, ProcessingContext context) {
    DeployedProcess process =
        context.state().processes().getByKey(instance.value().processDefinitionKey());
    return process
        .executable()
        .getFlowNode(instance.value().elementId(), instance.value().bpmnElementType());
  }
}
