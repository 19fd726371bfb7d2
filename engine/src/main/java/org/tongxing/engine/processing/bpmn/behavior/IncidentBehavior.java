package org.tongxing.engine.processing.bpmn.behavior;

import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.record.ErrorType;
import org.tongxing.engine.record.IncidentIntent;
import org.tongxing.engine.record.IncidentRecord;

/** Raises incidents: the element waits until someone fixes the cause and resolves it. */
public final class IncidentBehavior {

  public void createElementIncident(
      ErrorType type, String message, BpmnElementContext instance, ProcessingContext context) {
    createIncident(type, message, instance, -1, context);
  }

  public void createJobIncident(
      ErrorType type,
      String message,
      BpmnElementContext instance,
      long jobKey,
      ProcessingContext context) {
    createIncident(type, message, instance, jobKey, context);
  }

  private static void createIncident(
      ErrorType type,
      String message,
      BpmnElementContext instance,
      long jobKey,
      ProcessingContext context) {
    var record = instance.record();
    context.appendEvent(
        context.nextKey(),
        IncidentIntent.CREATED,
        new IncidentRecord(
            type,
            message,
            record.bpmnProcessId(),
            record.processDefinitionKey(),
            record.processInstanceKey(),
            record.elementId(),
            instance.elementInstanceKey(),
            jobKey,
            instance.elementInstanceKey()));
  }
}
