package org.tongxing.engine.model.transform;

import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableStartEvent;
import org.tongxing.engine.record.BpmnElementType;

/** Start and end events. The first cut runs none events only. */
final class EventTransformers {

  private EventTransformers() {}

  static ExecutableFlowNode startEvent(StartEvent event, TransformContext context) {
    if (!event.getEventDefinitions().isEmpty()) {
      context.problem(
          event.getId(),
          "Expected a none start event, but "
              + event.getEventDefinitions().iterator().next().getElementType().getTypeName()
              + " start events are not supported yet");
      return null;
    }
    ExecutableStartEvent executable = new ExecutableStartEvent(event.getId(), event.getName(), true);
    ZeebeFormDefinition form = event.getSingleExtensionElement(ZeebeFormDefinition.class);
    if (form != null) {
      executable.setFormId(form.getFormId());
    }
    return executable;
  }

  static ExecutableFlowNode endEvent(EndEvent event, TransformContext context) {
    if (!event.getEventDefinitions().isEmpty()) {
      context.problem(
          event.getId(),
          "Expected a none end event, but "
              + event.getEventDefinitions().iterator().next().getElementType().getTypeName()
              + " end events are not supported yet");
      return null;
    }
    return new ExecutableFlowNode(event.getId(), event.getName(), BpmnElementType.END_EVENT);
  }
}
