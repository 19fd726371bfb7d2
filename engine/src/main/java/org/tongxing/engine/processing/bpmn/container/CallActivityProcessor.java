package org.tongxing.engine.processing.bpmn.container;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tongxing.engine.model.executable.ExecutableCallActivity;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.processing.instance.ProcessStart;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.ErrorType;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.state.immutable.DeployedProcess;

/**
 * Call activity: starts an instance of the latest version of the called process with the parent's
 * variables (all visible ones, or only the input mappings'), and completes when the child completes
 * (see {@link ProcessProcessor}); terminating it terminates the child.
 */
public final class CallActivityProcessor implements BpmnElementProcessor<ExecutableCallActivity> {

  private final BpmnBehaviors behaviors;

  public CallActivityProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Class<ExecutableCallActivity> elementClass() {
    return ExecutableCallActivity.class;
  }

  @Override
  public void onActivate(
      ExecutableCallActivity element, BpmnElementContext instance, ProcessingContext context) {
    if (!behaviors.eventSubscriptions().subscribe(element, instance, context)) {
      return;
    }
    var processId =
        behaviors
            .expressions()
            .evaluateString(element.getProcessId(), instance.elementInstanceKey(), context);
    if (processId.isFailure()) {
      behaviors
          .incidents()
          .createElementIncident(
              ErrorType.EXTRACT_VALUE_ERROR, processId.failure(), instance, context);
      return;
    }
    DeployedProcess called = context.state().processes().getLatest(processId.value());
    if (called == null || called.executable().getNoneStartEvent() == null) {
      behaviors
          .incidents()
          .createElementIncident(
              ErrorType.CALLED_ELEMENT_ERROR,
              called == null
                  ? "Expected process with BPMN process id '"
                      + processId.value()
                      + "' to be deployed, but not found."
                  : "Expected process with BPMN process id '"
                      + processId.value()
                      + "' to have a none start event, but it has none.",
              instance,
              context);
      return;
    }
    behaviors.stateTransitions().transitionToActivated(instance, context);
    long childKey = context.nextKey();
    var definition = called.record();
    ProcessInstanceRecord child =
        new ProcessInstanceRecord(
            definition.bpmnProcessId(),
            definition.version(),
            called.key(),
            childKey,
            definition.bpmnProcessId(),
            BpmnElementType.PROCESS,
            -1,
            instance.processInstanceKey(),
            instance.elementInstanceKey());
    Map<String, String> variables =
        element.isPropagateAllParentVariables()
            ? context.state().variables().getVisible(instance.elementInstanceKey())
            : localValues(instance.elementInstanceKey(), context);
    behaviors.variables().mergeLocal(childKey, variables, child, context);
    ProcessStart.activate(
        childKey, called.executable(), called.executable().getNoneStartEvent(), child, context);
  }

  @Override
  public void onComplete(
      ExecutableCallActivity element, BpmnElementContext instance, ProcessingContext context) {
    behaviors.stateTransitions().transitionToCompleting(instance, context);
    if (!behaviors.variableMappings().applyOutputMappings(element, instance, context)) {
      return;
    }
    if (!behaviors.stateTransitions().transitionToCompleted(instance, context)) {
      return;
    }
    behaviors.stateTransitions().takeOutgoingSequenceFlows(element, instance, context);
  }

  private static Map<String, String> localValues(long scopeKey, ProcessingContext context) {
    Map<String, String> values = new LinkedHashMap<>();
    context
        .state()
        .variables()
        .getLocals(scopeKey)
        .forEach((name, variable) -> values.put(name, variable.value()));
    return values;
  }
}
