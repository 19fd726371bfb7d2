package org.tongxing.engine.processing.bpmn.behavior;

import java.time.ZoneId;
import java.util.List;
import org.tongxing.engine.feel.EvaluationResult;
import org.tongxing.engine.model.executable.EventDefinition;
import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.timer.TimerSchedule;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.record.ErrorType;
import org.tongxing.engine.record.TimerIntent;
import org.tongxing.engine.record.TimerRecord;

/**
 * Opens the event subscriptions of an element instance when it activates (its own timer if it
 * is a catch event, those of its boundary events if it is an activity) and closes them when it
 * leaves.
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

  /** Subscribes; false after raising an incident when a timer or key cannot be evaluated. */
  public boolean subscribe(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    List<ExecutableCatchEvent> events = element instanceof ExecutableCatchEvent catchEvent
        && catchEvent.getAttachedTo() == null && !catchEvent.isNone()
        ? List.of(catchEvent)
        : element.getBoundaryEvents();
    for (ExecutableCatchEvent event : events) {
      if (event.getDefinition() instanceof EventDefinition.Timer timer) {
        TimerSchedule schedule = schedule(timer, instance.elementInstanceKey(), instance, context);
        if (schedule == null) {
          return false;
        }
        createTimer(instance.elementInstanceKey(), event, schedule, instance, context);
      }
    }
    return true;
  }

  /** Closes every subscription of the element instance. */
  public void unsubscribe(long elementInstanceKey, ProcessingContext context) {
    for (long timer : context.state().timers().getTimersOf(elementInstanceKey)) {
      context.appendEvent(timer, TimerIntent.CANCELED, context.state().timers().get(timer));
    }
  }

  /** Evaluates a timer in a scope; null after raising an incident. */
  public TimerSchedule schedule(
      EventDefinition.Timer timer, long scopeKey, BpmnElementContext instance,
      ProcessingContext context) {
    Object value;
    if (timer.expression().isStatic()) {
      value = timer.expression().text();
    } else {
      EvaluationResult result = expressions.evaluate(timer.expression(), scopeKey, context);
      if (result.isFailure()) {
        incidents.createElementIncident(ErrorType.EXTRACT_VALUE_ERROR, result.failureMessage(),
            instance, context);
        return null;
      }
      value = result.value();
    }
    try {
      return TimerSchedule.parse(timer.kind(), value, context.now(), zone);
    } catch (IllegalArgumentException e) {
      incidents.createElementIncident(ErrorType.EXTRACT_VALUE_ERROR,
          e.getMessage() + " (expression '" + timer.expression().text() + "')", instance, context);
      return null;
    }
  }

  /** Creates a timer that fires at the schedule's due date for the given event. */
  public void createTimer(
      long elementInstanceKey, ExecutableCatchEvent event, TimerSchedule schedule,
      BpmnElementContext instance, ProcessingContext context) {
    var process = instance.record();
    context.appendEvent(context.nextKey(), TimerIntent.CREATED,
        new TimerRecord(elementInstanceKey, process.processInstanceKey(),
            process.processDefinitionKey(), process.bpmnProcessId(), event.getId(),
            schedule.dueDate(), schedule.repetitions(),
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
