package org.tongxing.engine.state.appliers;

import org.tongxing.engine.model.executable.EventDefinition;
import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.model.executable.ExecutableFlowElement;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableSequenceFlow;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.state.immutable.DeployedProcess;
import org.tongxing.engine.state.mutable.EngineState;

/**
 * Element instance lifecycle: created on activating, removed when completed or terminated; and
 * the tokens on sequence flows, which a scope counts so that it completes only when none is left.
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
            state.elementInstances().setCalledProcessInstanceKey(
                value.parentElementInstanceKey(), key);
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
    appliers.<ProcessInstanceRecord>register(
        ProcessInstanceIntent.SEQUENCE_FLOW_TAKEN,
        (key, value) -> {
          state.elementInstances().sequenceFlowTaken(value.flowScopeKey());
          if (element(state, value) instanceof ExecutableSequenceFlow flow
              && flow.getTarget().isJoin()) {
            state.elementInstances().addWaitingToken(value.flowScopeKey(),
                flow.getTarget().getId(), flow.getId());
          }
        });
  }

  /**
   * An element entered over sequence flows consumes their tokens: one for most elements, one per
   * incoming flow for a joining gateway. The process, start events, boundary events, event
   * sub-processes and the inner instances of a multi-instance are not entered over a sequence
   * flow.
   */
  private static void consumeArrivingTokens(EngineState state, ProcessInstanceRecord value) {
    BpmnElementType type = value.bpmnElementType();
    if (type == BpmnElementType.PROCESS || type == BpmnElementType.START_EVENT
        || type == BpmnElementType.BOUNDARY_EVENT || type == BpmnElementType.EVENT_SUB_PROCESS) {
      return;
    }
    var scope = state.elementInstances().get(value.flowScopeKey());
    if (scope != null
        && scope.value().bpmnElementType() == BpmnElementType.MULTI_INSTANCE_BODY) {
      return; // inner instances of a multi-instance are started by their body
    }
    if (element(state, value) instanceof ExecutableFlowNode node && node.isJoin()) {
      // a parallel join has a token on every incoming flow; an inclusive join on some of them
      var waiting = state.elementInstances().getWaitingTokens(value.flowScopeKey(), node.getId());
      var arrived = node.getIncoming().stream().map(ExecutableFlowElement::getId)
          .filter(flow -> waiting.getOrDefault(flow, 0) > 0).toList();
      state.elementInstances().consumeWaitingTokens(value.flowScopeKey(), node.getId(), arrived);
      state.elementInstances().sequenceFlowsArrived(value.flowScopeKey(), arrived.size());
      return;
    }
    state.elementInstances().sequenceFlowsArrived(value.flowScopeKey(), 1);
  }

  private static ExecutableFlowElement element(EngineState state, ProcessInstanceRecord value) {
    DeployedProcess process = state.processes().getByKey(value.processDefinitionKey());
    return process == null ? null : process.executable().getElement(value.elementId());
  }
}
