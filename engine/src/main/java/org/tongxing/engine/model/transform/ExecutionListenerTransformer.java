package org.tongxing.engine.model.transform;

import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListenerEventType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListeners;
import java.util.ArrayList;
import java.util.List;
import org.tongxing.engine.feel.Expression;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutionListener;

/**
 * Reads {@code zeebe:executionListeners} of a process or flow node, in model order. Where
 * listeners are not allowed (start listeners of start and boundary events, end listeners of
 * gateways and error end events) the model validation has refused the model already.
 */
final class ExecutionListenerTransformer {

  private static final String DEFAULT_RETRIES = "3";

  private ExecutionListenerTransformer() {}

  static void transform(BaseElement element, ExecutableFlowNode executable,
      TransformContext context) {
    ZeebeExecutionListeners listeners =
        element.getSingleExtensionElement(ZeebeExecutionListeners.class);
    if (listeners == null) {
      return;
    }
    List<ExecutionListener> start = new ArrayList<>();
    List<ExecutionListener> end = new ArrayList<>();
    for (ZeebeExecutionListener listener : listeners.getExecutionListeners()) {
      String attribute = "execution listener " + listener.getEventType();
      Expression type = context.attribute(element.getId(), attribute + " type",
          listener.getType());
      if (type == null) {
        context.problem(element.getId(), "Expected the " + attribute
            + " listener to have a job type, but it has none");
        continue;
      }
      String retriesText = listener.getRetries() == null || listener.getRetries().isBlank()
          ? DEFAULT_RETRIES : listener.getRetries();
      Expression retries = context.attribute(element.getId(), attribute + " retries",
          retriesText);
      if (retries == null) {
        continue;
      }
      ExecutionListener executableListener = new ExecutionListener(type, retries);
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
