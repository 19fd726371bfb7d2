package org.tongxing.engine.processing.bpmn.behavior;

import java.util.List;
import java.util.Map;
import org.tongxing.engine.model.executable.EventDefinition;
import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.model.executable.ExecutableFlowElementContainer;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.state.immutable.ElementInstance;

/**
 * Throws an escalation from an element instance outwards through its scopes (and into the call
 * activity that started its process): an escalation event sub-process or boundary event that
 * catches its code takes over, interrupting or not. An escalation nobody catches is no error: the
 * thrower simply goes on.
 */
public final class EscalationBehavior {

  private final TerminationBehavior termination;
  private final EventSubProcessBehavior eventSubProcesses;

  public EscalationBehavior(
      TerminationBehavior termination, EventSubProcessBehavior eventSubProcesses) {
    this.termination = termination;
    this.eventSubProcesses = eventSubProcesses;
  }

  /** Throws; true when an interrupting catch event took over (the thrower is terminated). */
  public boolean throwEscalation(String code, long throwerInstanceKey, ProcessingContext context) {
    ElementInstance thrower = context.state().elementInstances().get(throwerInstanceKey);
    ElementInstance current =
        thrower == null
            ? null
            : context.state().elementInstances().get(thrower.value().flowScopeKey());
    while (current != null) {
      ExecutableFlowNode element =
          context
              .state()
              .processes()
              .getByKey(current.value().processDefinitionKey())
              .executable()
              .getFlowNode(current.value().elementId(), current.value().bpmnElementType());
      if (element instanceof ExecutableFlowElementContainer scope) {
        ExecutableCatchEvent start =
            catching(
                scope.getEventSubProcesses().stream()
                    .map(ExecutableFlowElementContainer::getEventStartEvent)
                    .toList(),
                code);
        if (start != null) {
          eventSubProcesses.start(current, start, Map.of(), context);
          return start.isInterrupting();
        }
      }
      ExecutableCatchEvent boundary = catching(element.getBoundaryEvents(), code);
      if (boundary != null) {
        ElementInstance activity = current;
        if (boundary.isInterrupting()) {
          termination.interrupt(activity, boundary, Map.of(), context);
        } else {
          context.followUp(
              new InternalCommand.ActivateElement(
                  -1,
                  boundary,
                  activity
                      .value()
                      .withElement(
                          boundary.getId(),
                          BpmnElementType.BOUNDARY_EVENT,
                          activity.value().flowScopeKey())));
        }
        return boundary.isInterrupting();
      }
      long next =
          current.value().flowScopeKey() >= 0
              ? current.value().flowScopeKey()
              : current.value().parentElementInstanceKey();
      current = context.state().elementInstances().get(next);
    }
    return false;
  }

  private static ExecutableCatchEvent catching(List<ExecutableCatchEvent> events, String code) {
    ExecutableCatchEvent catchAll = null;
    for (ExecutableCatchEvent event : events) {
      if (event.getDefinition() instanceof EventDefinition.Escalation escalation
          && escalation.catches(code)) {
        if (escalation.escalationCode() != null) {
          return event;
        }
        catchAll = catchAll == null ? event : catchAll;
      }
    }
    return catchAll;
  }
}
