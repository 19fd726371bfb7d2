package org.tongxing.engine.processing.bpmn.behavior;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.tongxing.engine.feel.EvaluationResult;
import org.tongxing.engine.model.executable.EventDefinition;
import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.model.executable.ExecutableFlowElementContainer;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableReceiveTask;
import org.tongxing.engine.model.timer.TimerSchedule;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.record.ErrorType;
import org.tongxing.engine.record.MessageSubscriptionIntent;
import org.tongxing.engine.record.MessageSubscriptionRecord;
import org.tongxing.engine.record.SignalSubscriptionIntent;
import org.tongxing.engine.record.SignalSubscriptionRecord;
import org.tongxing.engine.record.TimerIntent;
import org.tongxing.engine.record.TimerRecord;

/**
 * Opens the event subscriptions of an element instance when it activates (its own timer if it is a
 * catch event, those of its boundary events if it is an activity) and closes them when it leaves.
 */
public final class EventSubscriptionBehavior {

  private final ExpressionBehavior expressions;
  private final IncidentBehavior incidents;
  private final ZoneId zone;

  public EventSubscriptionBehavior(
      ExpressionBehavior expressions, IncidentBehavior incidents, ZoneId zone) {
    this.expressions = expressions;
    this.incidents = incidents;
    this.zone = zone;
  }

  /**
   * Subscribes; false after raising an incident when a timer, message name or correlation key
   * cannot be evaluated.
   */
  public boolean subscribe(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    List<ExecutableFlowNode> events = new ArrayList<>();
    if (element.getElementType()
        == org.tongxing.engine.record.BpmnElementType.EVENT_BASED_GATEWAY) {
      // the gateway waits for the events after it; the first to occur decides the path
      element.getOutgoing().forEach(flow -> events.add(flow.getTarget()));
    }
    if ((element instanceof ExecutableCatchEvent catchEvent
            && catchEvent.getAttachedTo() == null
            && !catchEvent.isNone())
        || element instanceof ExecutableReceiveTask) {
      events.add(element);
    }
    events.addAll(element.getBoundaryEvents());
    if (element instanceof ExecutableFlowElementContainer container) {
      // a scope waits for the start events of its event sub-processes
      for (ExecutableFlowElementContainer eventSubProcess : container.getEventSubProcesses()) {
        events.add(eventSubProcess.getEventStartEvent());
      }
    }
    for (ExecutableFlowNode event : events) {
      EventDefinition definition =
          event instanceof ExecutableReceiveTask task
              ? task.getMessage()
              : ((ExecutableCatchEvent) event).getDefinition();
      if (definition instanceof EventDefinition.Timer timer) {
        TimerSchedule schedule = schedule(timer, instance.elementInstanceKey(), instance, context);
        if (schedule == null) {
          return false;
        }
        createTimer(
            instance.elementInstanceKey(),
            (ExecutableCatchEvent) event,
            schedule,
            instance,
            context);
      } else if (definition instanceof EventDefinition.Message message) {
        if (!openMessageSubscription(event, message, instance, context)) {
          return false;
        }
      } else if (definition instanceof EventDefinition.Signal signal) {
        var name =
            expressions.evaluateString(signal.name(), instance.elementInstanceKey(), context);
        if (name.isFailure()) {
          incidents.createElementIncident(
              ErrorType.EXTRACT_VALUE_ERROR, name.failure(), instance, context);
          return false;
        }
        var process = instance.record();
        context.appendEvent(
            context.nextKey(),
            SignalSubscriptionIntent.CREATED,
            new SignalSubscriptionRecord(
                name.value(),
                process.processDefinitionKey(),
                process.bpmnProcessId(),
                event.getId(),
                instance.elementInstanceKey(),
                process.processInstanceKey()));
      }
    }
    return true;
  }

  /**
   * Closes the subscriptions a scope holds for its event sub-processes' start events (an
   * interrupting one started: the others may not start any more).
   */
  public void unsubscribeEventSubProcesses(
      long scopeKey, ExecutableFlowElementContainer scope, ProcessingContext context) {
    java.util.Set<String> starts = new java.util.HashSet<>();
    scope.getEventSubProcesses().forEach(esp -> starts.add(esp.getEventStartEvent().getId()));
    for (long timer : context.state().timers().getTimersOf(scopeKey)) {
      var record = context.state().timers().get(timer);
      if (starts.contains(record.targetElementId())) {
        context.appendEvent(timer, TimerIntent.CANCELED, record);
      }
    }
    var subscriptions = context.state().messageSubscriptions();
    for (long subscription : subscriptions.getOf(scopeKey)) {
      var record = subscriptions.get(subscription);
      if (starts.contains(record.targetElementId())) {
        context.appendEvent(subscription, MessageSubscriptionIntent.DELETED, record);
      }
    }
    var signals = context.state().signalSubscriptions();
    for (long subscription : signals.getOf(scopeKey)) {
      var record = signals.get(subscription);
      if (starts.contains(record.catchElementId())) {
        context.appendEvent(subscription, SignalSubscriptionIntent.DELETED, record);
      }
    }
  }

  /** Closes every subscription of the element instance. */
  public void unsubscribe(long elementInstanceKey, ProcessingContext context) {
    for (long timer : context.state().timers().getTimersOf(elementInstanceKey)) {
      context.appendEvent(timer, TimerIntent.CANCELED, context.state().timers().get(timer));
    }
    var subscriptions = context.state().messageSubscriptions();
    for (long subscription : subscriptions.getOf(elementInstanceKey)) {
      context.appendEvent(
          subscription, MessageSubscriptionIntent.DELETED, subscriptions.get(subscription));
    }
    var signals = context.state().signalSubscriptions();
    for (long subscription : signals.getOf(elementInstanceKey)) {
      context.appendEvent(
          subscription, SignalSubscriptionIntent.DELETED, signals.get(subscription));
    }
  }

  private boolean openMessageSubscription(
      ExecutableFlowNode event,
      EventDefinition.Message message,
      BpmnElementContext instance,
      ProcessingContext context) {
    long scope = instance.elementInstanceKey();
    var name = expressions.evaluateString(message.name(), scope, context);
    if (name.isFailure()) {
      incidents.createElementIncident(
          ErrorType.EXTRACT_VALUE_ERROR, name.failure(), instance, context);
      return false;
    }
    String correlationKey = correlationKey(message, scope, instance, context);
    if (correlationKey == null) {
      return false;
    }
    boolean interrupting =
        !(event instanceof ExecutableCatchEvent catchEvent) || catchEvent.isInterrupting();
    var process = instance.record();
    long key = context.nextKey();
    context.appendEvent(
        key,
        MessageSubscriptionIntent.CREATED,
        new MessageSubscriptionRecord(
            process.processInstanceKey(),
            scope,
            process.processDefinitionKey(),
            process.bpmnProcessId(),
            event.getId(),
            name.value(),
            correlationKey,
            interrupting,
            -1,
            "{}"));
    // after the element is activated, a message that waits in the buffer may arrive at once
    context.followUp(new InternalCommand.CorrelateBufferedMessage(key));
    return true;
  }

  /** A correlation key is a string or a number; null after raising an incident. */
  private String correlationKey(
      EventDefinition.Message message,
      long scope,
      BpmnElementContext instance,
      ProcessingContext context) {
    Object value;
    if (message.correlationKey().isStatic()) {
      value = message.correlationKey().text();
    } else {
      EvaluationResult result = expressions.evaluate(message.correlationKey(), scope, context);
      if (result.isFailure()) {
        incidents.createElementIncident(
            ErrorType.EXTRACT_VALUE_ERROR, result.failureMessage(), instance, context);
        return null;
      }
      value = result.value();
    }
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof Number number) {
      java.math.BigDecimal decimal = new java.math.BigDecimal(number.toString());
      return decimal.stripTrailingZeros().scale() <= 0
          ? decimal.toBigInteger().toString()
          : decimal.toPlainString();
    }
    incidents.createElementIncident(
        ErrorType.EXTRACT_VALUE_ERROR,
        "Failed to extract the correlation key for '"
            + message.correlationKey().text()
            + "': The value must be either a string or a number, but was '"
            + (value == null ? "NULL" : value.getClass().getSimpleName().toUpperCase())
            + "'.",
        instance,
        context);
    return null;
  }

  /** Evaluates a timer in a scope; null after raising an incident. */
  public TimerSchedule schedule(
      EventDefinition.Timer timer,
      long scopeKey,
      BpmnElementContext instance,
      ProcessingContext context) {
    Object value;
    if (timer.expression().isStatic()) {
      value = timer.expression().text();
    } else {
      EvaluationResult result = expressions.evaluate(timer.expression(), scopeKey, context);
      if (result.isFailure()) {
        incidents.createElementIncident(
            ErrorType.EXTRACT_VALUE_ERROR, result.failureMessage(), instance, context);
        return null;
      }
      value = result.value();
    }
    try {
      return TimerSchedule.parse(timer.kind(), value, context.now(), zone);
    } catch (IllegalArgumentException e) {
      incidents.createElementIncident(
          ErrorType.EXTRACT_VALUE_ERROR,
          e.getMessage() + " (expression '" + timer.expression().text() + "')",
          instance,
          context);
      return null;
    }
  }

  /** Creates a timer that fires at the schedule's due date for the given event. */
  public void createTimer(
      long elementInstanceKey,
      ExecutableCatchEvent event,
      TimerSchedule schedule,
      BpmnElementContext instance,
      ProcessingContext context) {
    var process = instance.record();
    context.appendEvent(
        context.nextKey(),
        TimerIntent.CREATED,
        new TimerRecord(
            elementInstanceKey,
            process.processInstanceKey(),
            process.processDefinitionKey(),
            process.bpmnProcessId(),
            event.getId(),
            schedule.dueDate(),
            schedule.repetitions(),
            schedule.interval() == null ? "" : schedule.interval().toString()));
  }

  /** Evaluates an expression with no variables in sight (timer start events). */
  public EvaluationResult evaluateWithoutVariables(
      org.tongxing.engine.feel.Expression expression, ProcessingContext context) {
    return expressions.evaluate(expression, -1, context);
  }

  public ZoneId zone() {
    return zone;
  }
}
