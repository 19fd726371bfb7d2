package org.tongxing.engine.processing.bpmn.behavior;

import java.util.Map;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.model.executable.ExecutableProcess;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.instance.ProcessStart;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.SignalIntent;
import org.tongxing.engine.record.SignalRecord;
import org.tongxing.engine.record.SignalSubscriptionRecord;
import org.tongxing.engine.state.immutable.ElementInstance;

/**
 * Broadcasts a signal to everyone waiting for its name: catch events complete, boundary events and
 * event sub-processes start (interrupting or not), signal start events start new instances.
 */
public final class SignalBehavior {

  private final TerminationBehavior termination;
  private final EventSubProcessBehavior eventSubProcesses;
  private final CatchEventTriggerBehavior catchEventTriggers;

  public SignalBehavior(
      TerminationBehavior termination,
      EventSubProcessBehavior eventSubProcesses,
      CatchEventTriggerBehavior catchEventTriggers) {
    this.termination = termination;
    this.eventSubProcesses = eventSubProcesses;
    this.catchEventTriggers = catchEventTriggers;
  }

  /** Broadcasts; returns the signal's key. */
  public long broadcast(String name, Map<String, String> variables, ProcessingContext context) {
    long key = context.nextKey();
    context.appendEvent(
        key, SignalIntent.BROADCASTED, new SignalRecord(name, JsonValues.toJsonObject(variables)));
    var subscriptions = context.state().signalSubscriptions();
    for (long subscriptionKey : subscriptions.getByName(name)) {
      SignalSubscriptionRecord subscription = subscriptions.get(subscriptionKey);
      if (subscription != null) {
        trigger(subscription, variables, context);
      }
    }
    return key;
  }

  private void trigger(
      SignalSubscriptionRecord subscription,
      Map<String, String> variables,
      ProcessingContext context) {
    var process = context.state().processes().getByKey(subscription.processDefinitionKey());
    ExecutableCatchEvent event =
        (ExecutableCatchEvent) process.executable().getElement(subscription.catchElementId());
    if (subscription.elementInstanceKey() < 0) {
      startInstance(
          process.executable(),
          process.record().version(),
          process.key(),
          event,
          variables,
          context);
      return;
    }
    ElementInstance waiting =
        context.state().elementInstances().get(subscription.elementInstanceKey());
    if (waiting == null || !waiting.isActive()) {
      return; // ended, or terminated by an earlier subscription of this broadcast
    }
    if (EventSubProcessBehavior.startsEventSubProcess(event)) {
      eventSubProcesses.start(waiting, event, variables, context);
    } else if (event.getAttachedTo() != null && event.isInterrupting()) {
      termination.interrupt(waiting, event, variables, context);
    } else if (event.getAttachedTo() != null) {
      context.followUp(
          new InternalCommand.ActivateElement(
              -1,
              event,
              waiting
                  .value()
                  .withElement(
                      event.getId(),
                      BpmnElementType.BOUNDARY_EVENT,
                      waiting.value().flowScopeKey()),
              variables));
    } else {
      catchEventTriggers.trigger(waiting, event, variables, context);
    }
  }

  private static void startInstance(
      ExecutableProcess process,
      int version,
      long definitionKey,
      ExecutableCatchEvent start,
      Map<String, String> variables,
      ProcessingContext context) {
    long key = context.nextKey();
    ProcessInstanceRecord record =
        new ProcessInstanceRecord(
            process.getId(),
            version,
            definitionKey,
            key,
            process.getId(),
            BpmnElementType.PROCESS,
            -1,
            -1,
            -1);
    ProcessStart.activate(key, process, start, record, variables, context);
  }
}
