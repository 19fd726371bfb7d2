package org.tongxing.engine.model.transform;

import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListenerEventType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListeners;
import java.util.ArrayList;
import java.util.List;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutionListener;

/**
 * Reads {@code zeebe:executionListeners} of a process or flow node, in model order. Where listeners
 * are not allowed (start listeners of start and boundary events, end listeners of gateways and
 * error end events) the model validation has refused the model already.
 */
final class ExecutionListenerTransformer {

  private ExecutionListenerTransformer() {}

  static void transform(
      BaseElement element, ExecutableFlowNode executable, TransformContext context) {
    ZeebeExecutionListeners listeners =
        element.getSingleExtensionElement(ZeebeExecutionListeners.class);
    if (listeners == null) {
      return;
    }
    List<ExecutionListener> start = new ArrayList<>();
    List<ExecutionListener> end = new ArrayList<>();
    for (ZeebeExecutionListener listener : listeners.getExecutionListeners()) {
      TransformContext.ListenerJob job =
          context.listenerJob(
              element.getId(),
              listener.getEventType() + " execution listener",
              listener.getType(),
              listener.getRetries());
      if (job == null) {
        continue;
      }
      ExecutionListener executableListener = new ExecutionListener(job.type(), job.retries());
      if (listener.getEventType() == ZeebeExecutionListenerEventType.start) {
        start.add(executableListener);
      } else {
        end.add(executableListener);
      }
    }
    executable.setStartListeners(start);
    executable.setEndListeners(end);
  }
}
