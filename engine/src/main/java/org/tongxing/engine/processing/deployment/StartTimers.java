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
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.TimerIntent;
import org.tongxing.engine.state.immutable.DeployedProcess;

/**
 * The timers of timer start events: scheduled when a process version is deployed, canceled when
 * a newer version replaces it. A start timer that cannot be evaluated refuses the deployment.
 */
final class StartTimers {

  private final EventSubscriptionBehavior subscriptions;

  StartTimers(EventSubscriptionBehavior subscriptions) {
    this.subscriptions = subscriptions;
  }

  void schedule(DeployedProcess process, ProcessingContext context) {
    for (ExecutableFlowNode start : process.executable().getStartEvents()) {
      if (start instanceof ExecutableCatchEvent event
          && event.getDefinition() instanceof EventDefinition.Timer timer) {
        TimerSchedule schedule = evaluate(process, event, timer, context);
        ProcessInstanceRecord owner = new ProcessInstanceRecord(
            process.record().bpmnProcessId(), process.record().version(), process.key(), -1,
            event.getId(), BpmnElementType.START_EVENT, -1, -1, -1);
        subscriptions.createTimer(-1, event, schedule, new BpmnElementContext(-1, owner),
            context);
      }
    }
  }

  void cancel(DeployedProcess process, ProcessingContext context) {
    for (long timer : context.state().timers().getStartTimersOf(process.key())) {
      context.appendEvent(timer, TimerIntent.CANCELED, context.state().timers().get(timer));
    }
  }

  private TimerSchedule evaluate(
      DeployedProcess process, ExecutableCatchEvent event, EventDefinition.Timer timer,
      ProcessingContext context) {
    Object value = timer.expression().text();
    if (!timer.expression().isStatic()) {
      // a start timer has no instance yet: its expression sees no variables
      var result = subscriptions.evaluateWithoutVariables(timer.expression(), context);
      if (result.isFailure()) {
        throw context.reject(RejectionType.INVALID_ARGUMENT, "'"
            + process.record().resourceName() + "': Element '" + event.getId() + "': "
            + result.failureMessage());
      }
      value = result.value();
    }
    try {
      return TimerSchedule.parse(timer.kind(), value, context.now(), subscriptions.zone());
    } catch (IllegalArgumentException e) {
      throw context.reject(RejectionType.INVALID_ARGUMENT, "'" + process.record().resourceName()
          + "': Element '" + event.getId() + "': " + e.getMessage());
    }
  }
}
