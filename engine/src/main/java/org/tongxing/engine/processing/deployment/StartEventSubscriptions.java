package org.tongxing.engine.processing.deployment;

import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.model.executable.EventDefinition;
import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.timer.TimerSchedule;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.behavior.EventSubscriptionBehavior;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.MessageStartEventSubscriptionIntent;
import org.tongxing.engine.record.MessageStartEventSubscriptionRecord;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.SignalSubscriptionIntent;
import org.tongxing.engine.record.SignalSubscriptionRecord;
import org.tongxing.engine.record.TimerIntent;
import org.tongxing.engine.state.immutable.DeployedProcess;

/**
 * The subscriptions of start events: timers and message subscriptions are opened when a process
 * version is deployed and closed when a newer version replaces it. A start timer that cannot be
 * evaluated refuses the deployment.
 */
final class StartEventSubscriptions {

  private final EventSubscriptionBehavior subscriptions;

  StartEventSubscriptions(EventSubscriptionBehavior subscriptions) {
    this.subscriptions = subscriptions;
  }

  void open(DeployedProcess process, ProcessingContext context) {
    for (ExecutableFlowNode start : process.executable().getStartEvents()) {
      if (start instanceof ExecutableCatchEvent event
          && event.getDefinition() instanceof EventDefinition.Message message) {
        context.appendEvent(
            context.nextKey(),
            MessageStartEventSubscriptionIntent.CREATED,
            new MessageStartEventSubscriptionRecord(
                process.key(),
                process.record().bpmnProcessId(),
                event.getId(),
                messageName(process, event, message, context),
                -1,
                "",
                -1,
                "{}"));
      }
      if (start instanceof ExecutableCatchEvent event
          && event.getDefinition() instanceof EventDefinition.Signal signal) {
        context.appendEvent(
            context.nextKey(),
            SignalSubscriptionIntent.CREATED,
            new SignalSubscriptionRecord(
                staticName(process, event, signal.name(), context),
                process.key(),
                process.record().bpmnProcessId(),
                event.getId(),
                -1,
                -1));
      }
      if (start instanceof ExecutableCatchEvent event
          && event.getDefinition() instanceof EventDefinition.Timer timer) {
        TimerSchedule schedule = evaluate(process, event, timer, context);
        ProcessInstanceRecord owner =
            new ProcessInstanceRecord(
                process.record().bpmnProcessId(),
                process.record().version(),
                process.key(),
                -1,
                event.getId(),
                BpmnElementType.START_EVENT,
                -1,
                -1,
                -1);
        subscriptions.createTimer(-1, event, schedule, new BpmnElementContext(-1, owner), context);
      }
    }
  }

  void close(DeployedProcess process, ProcessingContext context) {
    for (long timer : context.state().timers().getStartTimersOf(process.key())) {
      context.appendEvent(timer, TimerIntent.CANCELED, context.state().timers().get(timer));
    }
    var subscriptions = context.state().messageSubscriptions();
    for (long subscription : subscriptions.getStartEventSubscriptionsOf(process.key())) {
      context.appendEvent(
          subscription,
          MessageStartEventSubscriptionIntent.DELETED,
          subscriptions.getStartEventSubscription(subscription));
    }
    var signals = context.state().signalSubscriptions();
    for (long subscription : signals.getStartEventSubscriptionsOf(process.key())) {
      context.appendEvent(
          subscription, SignalSubscriptionIntent.DELETED, signals.get(subscription));
    }
  }

  private String messageName(
      DeployedProcess process,
      ExecutableCatchEvent event,
      EventDefinition.Message message,
      ProcessingContext context) {
    return staticName(process, event, message.name(), context);
  }

  /** A start event's message or signal name: it has no variables to be evaluated with. */
  private String staticName(
      DeployedProcess process,
      ExecutableCatchEvent event,
      org.tongxing.engine.feel.Expression expression,
      ProcessingContext context) {
    if (expression.isStatic()) {
      return expression.text();
    }
    var result = subscriptions.evaluateWithoutVariables(expression, context);
    if (result.isFailure() || !(result.value() instanceof String name)) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "'"
              + process.record().resourceName()
              + "': Element '"
              + event.getId()
              + "': Expected the name to evaluate to a string without variables, but "
              + (result.isFailure() ? result.failureMessage() : "got " + result.value()));
    }
    return name;
  }

  private TimerSchedule evaluate(
      DeployedProcess process,
      ExecutableCatchEvent event,
      EventDefinition.Timer timer,
      ProcessingContext context) {
    Object value = timer.expression().text();
    if (!timer.expression().isStatic()) {
      // a start timer has no instance yet: its expression sees no variables
      var result = subscriptions.evaluateWithoutVariables(timer.expression(), context);
      if (result.isFailure()) {
        throw context.reject(
            RejectionType.INVALID_ARGUMENT,
            "'"
                + process.record().resourceName()
                + "': Element '"
                + event.getId()
                + "': "
                + result.failureMessage());
      }
      value = result.value();
    }
    try {
      return TimerSchedule.parse(timer.kind(), value, context.now(), subscriptions.zone());
    } catch (IllegalArgumentException e) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "'"
              + process.record().resourceName()
              + "': Element '"
              + event.getId()
              + "': "
              + e.getMessage());
    }
  }
}
