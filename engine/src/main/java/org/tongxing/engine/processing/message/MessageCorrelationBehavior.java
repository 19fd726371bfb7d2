package org.tongxing.engine.processing.message;

import java.util.Map;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableProcess;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.processing.bpmn.behavior.EventSubProcessBehavior;
import org.tongxing.engine.processing.instance.ProcessStart;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.MessageStartEventSubscriptionIntent;
import org.tongxing.engine.record.MessageStartEventSubscriptionRecord;
import org.tongxing.engine.record.MessageSubscriptionIntent;
import org.tongxing.engine.record.MessageSubscriptionRecord;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.state.immutable.DeployedProcess;
import org.tongxing.engine.state.immutable.ElementInstance;

/**
 * Delivers a message: to an element instance's subscription (a catch event or receive task
 * completes; a boundary event activates, interrupting its activity or not) or to a message start
 * event (a new instance starts). The message's variables travel with it.
 */
public final class MessageCorrelationBehavior {

  private final BpmnBehaviors behaviors;

  public MessageCorrelationBehavior(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
  }

  /** Correlates to an open subscription; returns the process instance key. */
  public long correlateToSubscription(
      long subscriptionKey, long messageKey, String variablesJson, ProcessingContext context) {
    MessageSubscriptionRecord subscription =
        context.state().messageSubscriptions().get(subscriptionKey);
    context.appendEvent(
        subscriptionKey,
        MessageSubscriptionIntent.CORRELATED,
        subscription.correlated(messageKey, variablesJson));
    Map<String, String> variables = JsonValues.parseObject(variablesJson);
    ElementInstance waiting =
        context.state().elementInstances().get(subscription.elementInstanceKey());
    DeployedProcess process =
        context.state().processes().getByKey(subscription.processDefinitionKey());
    ExecutableFlowNode target =
        waiting.value().bpmnElementType() == BpmnElementType.EVENT_BASED_GATEWAY
            ? (ExecutableFlowNode) process.executable().getElement(subscription.targetElementId())
            : process
                .executable()
                .getFlowNode(subscription.targetElementId(), waiting.value().bpmnElementType());
    if (target instanceof ExecutableCatchEvent start
        && EventSubProcessBehavior.startsEventSubProcess(start)) {
      behaviors.eventSubProcesses().start(waiting, start, variables, context);
      if (!start.isInterrupting()) {
        reopen(subscription, context);
      }
    } else if (target instanceof ExecutableCatchEvent event && event.getAttachedTo() != null) {
      ProcessInstanceRecord boundary =
          waiting
              .value()
              .withElement(
                  event.getId(), BpmnElementType.BOUNDARY_EVENT, waiting.value().flowScopeKey());
      if (event.isInterrupting()) {
        behaviors.termination().interrupt(waiting, event, variables, context);
      } else {
        reopen(subscription, context);
        context.followUp(new InternalCommand.ActivateElement(-1, event, boundary, variables));
      }
    } else {
      // the catch event or receive task (or an event-based gateway) waited for the message
      behaviors.catchEventTriggers().trigger(waiting, target, variables, context);
    }
    return subscription.processInstanceKey();
  }

  /** A non-interrupting event keeps waiting for the next message after one arrived. */
  private static void reopen(MessageSubscriptionRecord subscription, ProcessingContext context) {
    long key = context.nextKey();
    context.appendEvent(key, MessageSubscriptionIntent.CREATED, subscription.correlated(-1, "{}"));
    context.followUp(new InternalCommand.CorrelateBufferedMessage(key));
  }

  /** Starts an instance at a message start event; returns its key. */
  public long correlateToStartEvent(
      long subscriptionKey,
      long messageKey,
      String correlationKey,
      String variablesJson,
      ProcessingContext context) {
    MessageStartEventSubscriptionRecord subscription =
        context.state().messageSubscriptions().getStartEventSubscription(subscriptionKey);
    DeployedProcess process =
        context.state().processes().getByKey(subscription.processDefinitionKey());
    ExecutableProcess executable = process.executable();
    long instanceKey = context.nextKey();
    context.appendEvent(
        subscriptionKey,
        MessageStartEventSubscriptionIntent.CORRELATED,
        subscription.correlated(messageKey, correlationKey, instanceKey, variablesJson));
    var definition = process.record();
    ProcessInstanceRecord record =
        new ProcessInstanceRecord(
            definition.bpmnProcessId(),
            definition.version(),
            process.key(),
            instanceKey,
            definition.bpmnProcessId(),
            BpmnElementType.PROCESS,
            -1,
            -1,
            -1);
    ProcessStart.activate(
        instanceKey,
        executable,
        (ExecutableFlowNode) executable.getElement(subscription.startEventId()),
        record,
        JsonValues.parseObject(variablesJson),
        context);
    return instanceKey;
  }

  /**
   * Can a message of this correlation key start an instance of the subscription's process? Not
   * while an instance it started for the same key is still active.
   */
  public boolean canStart(
      MessageStartEventSubscriptionRecord subscription,
      long messageKey,
      String correlationKey,
      ProcessingContext context) {
    var messages = context.state().messages();
    return !messages.isCorrelatedTo(messageKey, subscription.bpmnProcessId())
        && (correlationKey.isEmpty()
            || messages.getActiveMessageStartedInstance(
                    subscription.bpmnProcessId(), correlationKey)
                < 0);
  }
}
