package org.tongxing.engine.processing.bpmn.behavior;

import java.util.Map;
import org.tongxing.engine.model.executable.EventDefinition;
import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.model.executable.ExecutableFlowElementContainer;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.state.immutable.ElementInstance;

/**
 * Throws a BPMN error from an element instance: the nearest catching error boundary event, from the
 * thrower outwards through its scopes, interrupts its activity and takes over. An error boundary
 * event with a matching code is preferred to one that catches every error.
 */
public final class ErrorEventBehavior {

  private final TerminationBehavior termination;
  private final EventSubProcessBehavior eventSubProcesses;

  public ErrorEventBehavior(
      TerminationBehavior termination, EventSubProcessBehavior eventSubProcesses) {
    this.termination = termination;
    this.eventSubProcesses = eventSubProcesses;
  }

  /** Throws; false when nothing catches the error (the caller raises an incident). */
  public boolean throwError(
      String errorCode,
      long throwerInstanceKey,
      Map<String, String> variables,
      ProcessingContext context) {
    ElementInstance current = context.state().elementInstances().get(throwerInstanceKey);
    while (current != null) {
      ExecutableFlowNode element = element(current, context);
      // first an error event sub-process inside this scope, then a boundary event on it
      if (element instanceof ExecutableFlowElementContainer scope
          && current.key() != throwerInstanceKey) {
        ExecutableCatchEvent start = catchingEventSubProcess(scope, errorCode);
        if (start != null) {
          eventSubProcesses.start(current, start, variables, context);
          return true;
        }
      }
      ExecutableCatchEvent boundary = catchingBoundary(element, errorCode);
      if (boundary != null) {
        termination.interrupt(current, boundary, variables, context);
        return true;
      }
      // past the process: on into the call activity that started it, if any
      long next =
          current.value().flowScopeKey() >= 0
              ? current.value().flowScopeKey()
              : current.value().parentElementInstanceKey();
      current = context.state().elementInstances().get(next);
    }
    return false;
  }

  private static ExecutableCatchEvent catchingEventSubProcess(
      ExecutableFlowElementContainer scope, String code) {
    return catching(
        scope.getEventSubProcesses().stream()
            .map(ExecutableFlowElementContainer::getEventStartEvent)
            .toList(),
        code);
  }

  private static ExecutableCatchEvent catchingBoundary(ExecutableFlowNode element, String code) {
    return catching(element.getBoundaryEvents(), code);
  }

  private static ExecutableCatchEvent catching(
      java.util.List<ExecutableCatchEvent> events, String code) {
    ExecutableCatchEvent catchAll = null;
    for (ExecutableCatchEvent boundary : events) {
      if (boundary.getDefinition() instanceof EventDefinition.Error error && error.catches(code)) {
        if (error.errorCode() != null) {
          return boundary;
        }
        catchAll = catchAll == null ? boundary : catchAll;
      }
    }
    return catchAll;
  }

  private static ExecutableFlowNode element(ElementInstance instance, ProcessingContext context) {
    return context
        .state()
        .processes()
        .getByKey(instance.value().processDefinitionKey())
        .executable()
        .getFlowNode(instance.value().elementId(), instance.value().bpmnElementType());
  }
}
