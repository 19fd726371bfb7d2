package org.tongxing.engine.processing.instance;

import org.tongxing.engine.api.EngineCommand.CancelProcessInstance;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.behavior.ProcessEndBehavior;
import org.tongxing.engine.processing.bpmn.behavior.TerminationBehavior;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.state.immutable.ElementInstance;

/** Cancels an active process instance: it and everything in it are terminated. */
public final class CancelProcessInstanceProcessor
    implements CommandProcessor<CancelProcessInstance> {

  private final TerminationBehavior termination;
  private final ProcessEndBehavior processEnd;

  public CancelProcessInstanceProcessor(
      TerminationBehavior termination, ProcessEndBehavior processEnd) {
    this.termination = termination;
    this.processEnd = processEnd;
  }

  @Override
  public void process(CancelProcessInstance command, ProcessingContext context) {
    long key = command.processInstanceKey();
    ElementInstance instance = context.state().elementInstances().get(key);
    if (instance == null || instance.value().bpmnElementType() != BpmnElementType.PROCESS) {
      throw context.reject(
          RejectionType.NOT_FOUND,
          "Expected to cancel a process instance with key '"
              + key
              + "', but no such process instance was found");
    }
    if (instance.value().parentProcessInstanceKey() >= 0) {
      throw context.reject(
          RejectionType.INVALID_STATE,
          "Expected to cancel a process instance with key '"
              + key
              + "', but it is created by"
              + " a parent process instance; cancel the root process instance '"
              + instance.value().parentProcessInstanceKey()
              + "' instead");
    }
    if (termination.terminate(key, context)) {
      processEnd.onEnded(
          context
              .state()
              .processes()
              .getByKey(instance.value().processDefinitionKey())
              .executable(),
          context);
    }
    // else canceling listeners run first: the instance ends once they ran
    context.respond(key);
  }
}
