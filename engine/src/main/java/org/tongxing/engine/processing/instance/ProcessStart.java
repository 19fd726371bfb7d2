package org.tongxing.engine.processing.instance;

import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableProcess;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.ProcessInstanceRecord;

/** Starts a process instance at a chosen start element: the process first, then that element. */
public final class ProcessStart {

  private ProcessStart() {}

  public static void activate(
      long processInstanceKey, ExecutableProcess process, ExecutableFlowNode startElement,
      ProcessInstanceRecord processRecord, ProcessingContext context) {
    activate(processInstanceKey, process, startElement, processRecord, java.util.Map.of(),
        context);
  }

  /** Starts at several elements of the process (start instructions). */
  public static void activate(
      long processInstanceKey, ExecutableProcess process,
      java.util.List<ExecutableFlowNode> startElements, ProcessInstanceRecord processRecord,
      ProcessingContext context) {
    context.followUp(new InternalCommand.ActivateElement(processInstanceKey, process,
        processRecord));
    for (ExecutableFlowNode element : startElements) {
      context.followUp(new InternalCommand.ActivateElement(-1, element,
          processRecord.withElement(element.getId(), element.getElementType(),
              processInstanceKey)));
    }
  }

  /** Starts with the variables of the event (a message) that started the instance. */
  public static void activate(
      long processInstanceKey, ExecutableProcess process, ExecutableFlowNode startElement,
      ProcessInstanceRecord processRecord, java.util.Map<String, String> eventVariables,
      ProcessingContext context) {
    context.followUp(new InternalCommand.ActivateElement(processInstanceKey, process,
        processRecord));
    context.followUp(new InternalCommand.ActivateElement(-1, startElement,
        processRecord.withElement(startElement.getId(), startElement.getElementType(),
            processInstanceKey), eventVariables));
  }
}
