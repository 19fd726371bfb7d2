package org.tongxing.engine.processing.timer;

import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.model.executable.ExecutableProcess;
import org.tongxing.engine.model.timer.Recurrence;
import org.tongxing.engine.model.timer.TimerSchedule;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.InternalCommand.TriggerTimer;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.processing.bpmn.behavior.EventSubProcessBehavior;
import org.tongxing.engine.processing.instance.ProcessStart;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.TimerIntent;
import org.tongxing.engine.record.TimerRecord;
import org.tongxing.engine.state.immutable.DeployedProcess;
import org.tongxing.engine.state.immutable.ElementInstance;

/**
 * Fires a due timer. What happens depends on its event: an intermediate catch event completes; a
 * boundary event activates beside its activity, interrupting it or not; a timer start event starts
 * a new instance, or its event sub-process in its scope. A repeating timer (a cycle) is scheduled
 * again unless it interrupted.
 */
public final class TriggerTimerProcessor implements CommandProcessor<TriggerTimer> {

  private final BpmnBehaviors behaviors;

  public TriggerTimerProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public void process(TriggerTimer command, ProcessingContext context) {
    TimerRecord timer = context.state().timers().get(command.timerKey());
    if (timer == null) {
      return; // canceled in the meantime
    }
    DeployedProcess process = context.state().processes().getByKey(timer.processDefinitionKey());
    ExecutableCatchEvent event =
        (ExecutableCatchEvent) process.executable().getElement(timer.targetElementId());
    context.appendEvent(command.timerKey(), TimerIntent.TRIGGERED, timer);
    if (event.getElementType() == BpmnElementType.START_EVENT && timer.elementInstanceKey() < 0) {
      startInstance(process, event, context);
      reschedule(timer, event, context);
      return;
    }
    ElementInstance waiting = context.state().elementInstances().get(timer.elementInstanceKey());
    if (waiting == null) {
      return;
    }
    if (EventSubProcessBehavior.startsEventSubProcess(event)) {
      behaviors.eventSubProcesses().start(waiting, event, java.util.Map.of(), context);
      if (!event.isInterrupting()) {
        reschedule(timer, event, context);
      }
      return;
    }
    if (event.getAttachedTo() == null) {
      // an intermediate timer catch event (or an event-based gateway): the wait is over
      behaviors.catchEventTriggers().trigger(waiting, event, java.util.Map.of(), context);
      return;
    }
    ProcessInstanceRecord boundary =
        waiting
            .value()
            .withElement(
                event.getId(), BpmnElementType.BOUNDARY_EVENT, waiting.value().flowScopeKey());
    if (event.isInterrupting()) {
      behaviors.termination().interrupt(waiting, event, java.util.Map.of(), context);
    } else {
      reschedule(timer, event, context);
      context.followUp(new InternalCommand.ActivateElement(-1, event, boundary));
    }
  }

  private void startInstance(
      DeployedProcess process, ExecutableCatchEvent startEvent, ProcessingContext context) {
    long key = context.nextKey();
    var definition = process.record();
    ExecutableProcess executable = process.executable();
    ProcessInstanceRecord record =
        new ProcessInstanceRecord(
            definition.bpmnProcessId(),
            definition.version(),
            process.key(),
            key,
            definition.bpmnProcessId(),
            BpmnElementType.PROCESS,
            -1,
            -1,
            -1);
    ProcessStart.activate(key, executable, startEvent, record, context);
  }

  private void reschedule(
      TimerRecord timer, ExecutableCatchEvent event, ProcessingContext context) {
    if (timer.repetitions() == 0 || timer.interval().isEmpty()) {
      return;
    }
    TimerSchedule next =
        new TimerSchedule(timer.dueDate(), timer.repetitions(), Recurrence.parse(timer.interval()))
            .next(behaviors.eventSubscriptions().zone());
    if (next == null) {
      return;
    }
    ProcessInstanceRecord owner =
        new ProcessInstanceRecord(
            timer.bpmnProcessId(),
            0,
            timer.processDefinitionKey(),
            timer.processInstanceKey(),
            event.getId(),
            event.getElementType(),
            -1,
            -1,
            -1);
    behaviors
        .eventSubscriptions()
        .createTimer(
            timer.elementInstanceKey(),
            event,
            next,
            new BpmnElementContext(timer.elementInstanceKey(), owner),
            context);
  }
}
