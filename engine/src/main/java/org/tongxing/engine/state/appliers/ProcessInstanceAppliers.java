package org.tongxing.engine.state.appliers;

import java.util.List;
import java.util.Map;
import org.tongxing.engine.model.executable.EventDefinition;
import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.model.executable.ExecutableFlowElement;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableSequenceFlow;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.ProcessEventIntent;
import org.tongxing.engine.record.ProcessEventRecord;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.state.immutable.DeployedProcess;
import org.tongxing.engine.state.mutable.EngineState;

/**
 * Element instance lifecycle: created on activating, removed when completed or terminated; and the
 * tokens on sequence flows, which a scope counts so that it completes only when none is left.
 */
final class ProcessInstanceAppliers {

  private ProcessInstanceAppliers() {}

  static void register(EventAppliers appliers, EngineState state) {
    appliers.<ProcessInstanceRecord>register(
        ProcessInstanceIntent.ELEMENT_ACTIVATING,
        (key, value) -> {
          consumeArrivingTokens(state, value);
          state.elementInstances().create(key, value);
          state.variables().createScope(key, value.flowScopeKey());
          if (value.bpmnElementType() == BpmnElementType.PROCESS
              && value.parentElementInstanceKey() >= 0) {
            // a call activity started this instance
            state
                .elementInstances()
                .setCalledProcessInstanceKey(value.parentElementInstanceKey(), key);
          }
        });
    for (ProcessInstanceIntent intent :
        new ProcessInstanceIntent[] {
          ProcessInstanceIntent.ELEMENT_ACTIVATED,
          ProcessInstanceIntent.ELEMENT_COMPLETING,
          ProcessInstanceIntent.ELEMENT_TERMINATING
        }) {
      appliers.<ProcessInstanceRecord>register(
          intent, (key, value) -> state.elementInstances().setState(key, intent));
    }
    for (ProcessInstanceIntent intent :
        new ProcessInstanceIntent[] {
          ProcessInstanceIntent.ELEMENT_COMPLETED, ProcessInstanceIntent.ELEMENT_TERMINATED
        }) {
      appliers.<ProcessInstanceRecord>register(
          intent,
          (key, value) -> {
            state.elementInstances().remove(key);
            state.variables().removeScope(key);
            if (value.bpmnElementType() == BpmnElementType.PROCESS) {
              state.messages().instanceEnded(key);
            }
            if (intent == ProcessInstanceIntent.ELEMENT_COMPLETED
                && element(state, value) instanceof ExecutableCatchEvent end
                && end.getElementType() == BpmnElementType.END_EVENT
                && end.getDefinition() instanceof EventDefinition.Terminate) {
              state.elementInstances().dropTokens(value.flowScopeKey());
            }
          });
    }
    appliers.<ProcessEventRecord>register(
        ProcessEventIntent.TRIGGERING,
        (key, value) -> state.elementInstances().deferActivation(value));
    appliers.<ProcessEventRecord>register(
        ProcessEventIntent.TRIGGERED,
        (key, value) -> state.elementInstances().deferredActivationTriggered(value));
    appliers.<ProcessInstanceRecord>register(
        ProcessInstanceIntent.SEQUENCE_FLOW_TAKEN,
        (key, value) -> {
          state.elementInstances().sequenceFlowTaken(value.flowScopeKey());
          if (element(state, value) instanceof ExecutableSequenceFlow flow) {
            // the token waits for its target until the target is activated (or a join fires)
            state
                .elementInstances()
                .addWaitingToken(value.flowScopeKey(), flow.getTarget().getId(), flow.getId());
          }
        });
  }

  /**
   * An element entered over sequence flows consumes the tokens waiting for it in its scope: one for
   * most elements, one per incoming flow that has one for a joining gateway. Elements that no token
   * was sent to (the process, start and boundary events, event sub-processes, the inner instances
   * of a multi-instance, elements activated by a modification) consume none.
   */
  private static void consumeArrivingTokens(EngineState state, ProcessInstanceRecord value) {
    var waiting =
        state.elementInstances().getWaitingTokens(value.flowScopeKey(), value.elementId());
    if (waiting.isEmpty()) {
      return;
    }
    List<String> arrived =
        element(state, value) instanceof ExecutableFlowNode node && node.isJoin()
            ? waiting.entrySet().stream()
                .filter(token -> token.getValue() > 0)
                .map(Map.Entry::getKey)
                .toList()
            : List.of(waiting.keySet().iterator().next());
    state.elementInstances().consumeWaitingTokens(value.flowScopeKey(), value.elementId(), arrived);
    state.elementInstances().sequenceFlowsArrived(value.flowScopeKey(), arrived.size());
  }

  private static ExecutableFlowElement element(EngineState state, ProcessInstanceRecord value) {
    DeployedProcess process = state.processes().getByKey(value.processDefinitionKey());
    return process == null ? null : process.executable().getElement(value.elementId());
  }
}
