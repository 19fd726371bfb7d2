package org.tongxing.engine.state.appliers;

import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.state.mutable.EngineState;

/** Element instance lifecycle: created on activating, removed when completed or terminated. */
final class ProcessInstanceAppliers {

  private ProcessInstanceAppliers() {}

  static void register(EventAppliers appliers, EngineState state) {
    appliers.<ProcessInstanceRecord>register(
        ProcessInstanceIntent.ELEMENT_ACTIVATING,
        (key, value) -> {
          if (arrivesBySequenceFlow(value.bpmnElementType())) {
            state.elementInstances().sequenceFlowArrived(value.flowScopeKey());
          }
          state.elementInstances().create(key, value);
          state.variables().createScope(key, value.flowScopeKey());
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
          });
    }
    appliers.<ProcessInstanceRecord>register(
        ProcessInstanceIntent.SEQUENCE_FLOW_TAKEN,
        (key, value) -> state.elementInstances().sequenceFlowTaken(value.flowScopeKey()));
  }

  /**
   * Every element but the process and start events is entered over a sequence flow, whose token
   * it consumes when it activates.
   */
  private static boolean arrivesBySequenceFlow(BpmnElementType type) {
    return type != BpmnElementType.PROCESS && type != BpmnElementType.START_EVENT;
  }
}
