package org.tongxing.engine.processing.instance;

import java.util.List;
import java.util.Map;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableProcess;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.ProcessEventIntent;
import org.tongxing.engine.record.ProcessEventRecord;
import org.tongxing.engine.record.ProcessInstanceRecord;

/**
 * Starts a process instance at chosen start elements: the process first, then those elements. When
 * the process has start execution listeners, the elements wait (as TRIGGERING process events) until
 * the listeners have run and the process is activated.
 */
public final class ProcessStart {

  private ProcessStart() {}

  public static void activate(
      long processInstanceKey,
      ExecutableProcess process,
      ExecutableFlowNode startElement,
      ProcessInstanceRecord processRecord,
      ProcessingContext context) {
    activate(processInstanceKey, process, startElement, processRecord, Map.of(), context);
  }

  /** Starts at several elements of the process (start instructions). */
  public static void activate(
      long processInstanceKey,
      ExecutableProcess process,
      List<ExecutableFlowNode> startElements,
      ProcessInstanceRecord processRecord,
      ProcessingContext context) {
    context.followUp(
        new InternalCommand.ActivateElement(processInstanceKey, process, processRecord));
    for (ExecutableFlowNode element : startElements) {
      activateIn(processInstanceKey, process, element, processRecord, Map.of(), context);
    }
  }

  /** Starts with the variables of the event (a message) that started the instance. */
  public static void activate(
      long processInstanceKey,
      ExecutableProcess process,
      ExecutableFlowNode startElement,
      ProcessInstanceRecord processRecord,
      Map<String, String> eventVariables,
      ProcessingContext context) {
    context.followUp(
        new InternalCommand.ActivateElement(processInstanceKey, process, processRecord));
    activateIn(processInstanceKey, process, startElement, processRecord, eventVariables, context);
  }

  private static void activateIn(
      long processInstanceKey,
      ExecutableProcess process,
      ExecutableFlowNode element,
      ProcessInstanceRecord processRecord,
      Map<String, String> eventVariables,
      ProcessingContext context) {
    if (process.getStartListeners().isEmpty()) {
      context.followUp(
          new InternalCommand.ActivateElement(
              -1,
              element,
              processRecord.withElement(
                  element.getId(), element.getElementType(), processInstanceKey),
              eventVariables));
      return;
    }
    context.appendEvent(
        context.nextKey(),
        ProcessEventIntent.TRIGGERING,
        new ProcessEventRecord(
            processInstanceKey,
            element.getId(),
            Map.copyOf(eventVariables),
            processRecord.processDefinitionKey(),
            processInstanceKey));
  }
}
