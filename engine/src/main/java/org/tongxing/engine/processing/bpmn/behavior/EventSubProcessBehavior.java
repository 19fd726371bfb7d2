package org.tongxing.engine.processing.bpmn.behavior;

import java.util.Map;
import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.model.executable.ExecutableFlowElementContainer;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.state.immutable.ElementInstance;

/**
 * Starts an event sub-process in its scope. An interrupting one first terminates everything else in
 * the scope and closes the scope's other event sub-process subscriptions (when canceling listeners
 * hold a termination, it starts once they ran); the scope then completes once the event sub-process
 * has.
 */
public final class EventSubProcessBehavior {

  private final TerminationBehavior termination;
  private final EventSubscriptionBehavior subscriptions;

  public EventSubProcessBehavior(
      TerminationBehavior termination, EventSubscriptionBehavior subscriptions) {
    this.termination = termination;
    this.subscriptions = subscriptions;
  }

  public void start(
      ElementInstance scope,
      ExecutableCatchEvent startEvent,
      Map<String, String> variables,
      ProcessingContext context) {
    if (startEvent.isInterrupting()) {
      ExecutableFlowElementContainer scopeElement =
          (ExecutableFlowElementContainer)
              context
                  .state()
                  .processes()
                  .getByKey(scope.value().processDefinitionKey())
                  .executable()
                  .getFlowNode(scope.value().elementId(), scope.value().bpmnElementType());
      subscriptions.unsubscribeEventSubProcesses(scope.key(), scopeElement, context);
      boolean terminated = true;
      for (long child : context.state().elementInstances().getChildren(scope.key())) {
        terminated &= termination.terminate(child, context);
      }
      if (!terminated) {
        // canceling listeners run first: it starts once the scope is empty
        TerminationBehavior.keepUntilTerminated(scope.key(), startEvent, variables, scope, context);
        return;
      }
    }
    activate(scope, startEvent, variables, context);
  }

  /** Activates the event sub-process in its scope, and its start event in it. */
  public void activate(
      ElementInstance scope,
      ExecutableCatchEvent startEvent,
      Map<String, String> variables,
      ProcessingContext context) {
    ExecutableFlowElementContainer eventSubProcess =
        (ExecutableFlowElementContainer) startEvent.getFlowScope();
    long key = context.nextKey();
    var record =
        scope
            .value()
            .withElement(eventSubProcess.getId(), BpmnElementType.EVENT_SUB_PROCESS, scope.key());
    context.followUp(new InternalCommand.ActivateElement(key, eventSubProcess, record));
    context.followUp(
        new InternalCommand.ActivateElement(
            -1,
            startEvent,
            record.withElement(startEvent.getId(), BpmnElementType.START_EVENT, key),
            variables));
  }

  /** Is this start event the start of an event sub-process (rather than of a process)? */
  public static boolean startsEventSubProcess(ExecutableCatchEvent event) {
    return event.getElementType() == BpmnElementType.START_EVENT
        && event.getFlowScope() != null
        && event.getFlowScope().getElementType() == BpmnElementType.EVENT_SUB_PROCESS;
  }
}
