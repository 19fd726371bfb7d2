package org.tongxing.engine.processing.bpmn;

import java.util.EnumMap;
import java.util.Map;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.processing.bpmn.container.CallActivityProcessor;
import org.tongxing.engine.processing.bpmn.container.EventSubProcessProcessor;
import org.tongxing.engine.processing.bpmn.container.MultiInstanceBodyProcessor;
import org.tongxing.engine.processing.bpmn.container.ProcessProcessor;
import org.tongxing.engine.processing.bpmn.container.SubProcessProcessor;
import org.tongxing.engine.processing.bpmn.event.EndEventProcessor;
import org.tongxing.engine.processing.bpmn.event.IntermediateCatchEventProcessor;
import org.tongxing.engine.processing.bpmn.event.IntermediateThrowEventProcessor;
import org.tongxing.engine.processing.bpmn.gateway.EventBasedGatewayProcessor;
import org.tongxing.engine.processing.bpmn.gateway.ExclusiveGatewayProcessor;
import org.tongxing.engine.processing.bpmn.gateway.InclusiveGatewayProcessor;
import org.tongxing.engine.processing.bpmn.gateway.ParallelGatewayProcessor;
import org.tongxing.engine.processing.bpmn.task.BusinessRuleTaskProcessor;
import org.tongxing.engine.processing.bpmn.task.JobWorkerTaskProcessor;
import org.tongxing.engine.processing.bpmn.task.PassThroughProcessor;
import org.tongxing.engine.processing.bpmn.task.ScriptTaskProcessor;
import org.tongxing.engine.processing.bpmn.task.UserTaskProcessor;
import org.tongxing.engine.record.BpmnElementType;

/** The one place that ties each BPMN element type to its processor. */
public final class BpmnElementProcessors {

  private final Map<BpmnElementType, BpmnElementProcessor<?>> processors =
      new EnumMap<>(BpmnElementType.class);

  public BpmnElementProcessors(BpmnBehaviors behaviors) {
    PassThroughProcessor passThrough = new PassThroughProcessor(behaviors);
    processors.put(BpmnElementType.PROCESS, new ProcessProcessor(behaviors));
    processors.put(BpmnElementType.START_EVENT, passThrough);
    processors.put(BpmnElementType.END_EVENT, new EndEventProcessor(behaviors));
    processors.put(BpmnElementType.BOUNDARY_EVENT, passThrough);
    IntermediateCatchEventProcessor catchEvent = new IntermediateCatchEventProcessor(behaviors);
    processors.put(BpmnElementType.INTERMEDIATE_CATCH_EVENT, catchEvent);
    processors.put(BpmnElementType.RECEIVE_TASK, catchEvent);
    processors.put(
        BpmnElementType.INTERMEDIATE_THROW_EVENT, new IntermediateThrowEventProcessor(behaviors));
    processors.put(BpmnElementType.TASK, passThrough);
    processors.put(BpmnElementType.MANUAL_TASK, passThrough);
    JobWorkerTaskProcessor jobWorkerTask = new JobWorkerTaskProcessor(behaviors);
    processors.put(BpmnElementType.SERVICE_TASK, jobWorkerTask);
    processors.put(BpmnElementType.SEND_TASK, jobWorkerTask);
    processors.put(BpmnElementType.SCRIPT_TASK, new ScriptTaskProcessor(behaviors));
    processors.put(BpmnElementType.BUSINESS_RULE_TASK, new BusinessRuleTaskProcessor(behaviors));
    processors.put(BpmnElementType.USER_TASK, new UserTaskProcessor(behaviors));
    processors.put(BpmnElementType.EXCLUSIVE_GATEWAY, new ExclusiveGatewayProcessor(behaviors));
    processors.put(BpmnElementType.PARALLEL_GATEWAY, new ParallelGatewayProcessor(behaviors));
    processors.put(BpmnElementType.INCLUSIVE_GATEWAY, new InclusiveGatewayProcessor(behaviors));
    processors.put(BpmnElementType.EVENT_BASED_GATEWAY, new EventBasedGatewayProcessor(behaviors));
    processors.put(BpmnElementType.SUB_PROCESS, new SubProcessProcessor(behaviors));
    processors.put(BpmnElementType.CALL_ACTIVITY, new CallActivityProcessor(behaviors));
    processors.put(BpmnElementType.EVENT_SUB_PROCESS, new EventSubProcessProcessor(behaviors));
    processors.put(BpmnElementType.MULTI_INSTANCE_BODY, new MultiInstanceBodyProcessor(behaviors));
  }

  @SuppressWarnings("unchecked")
  public <T extends ExecutableFlowNode> BpmnElementProcessor<T> get(T element) {
    BpmnElementProcessor<?> processor = processors.get(element.getElementType());
    if (processor == null) {
      throw new IllegalStateException(
          "Expected a processor for " + element + ", but none is registered");
    }
    return (BpmnElementProcessor<T>) processor;
  }
}
