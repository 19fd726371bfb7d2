package org.tongxing.engine.model.transform;

import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.ConditionalEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EscalationEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Event;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.LinkEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.SignalEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.TerminateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import java.util.Collection;
import java.util.Set;
import org.tongxing.engine.feel.Expression;
import org.tongxing.engine.model.executable.EventDefinition.Error;
import org.tongxing.engine.model.executable.EventDefinition.Message;
import org.tongxing.engine.model.executable.EventDefinition.Timer;
import org.tongxing.engine.model.executable.EventDefinition.TimerKind;
import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.timer.TimerSchedule;
import org.tongxing.engine.record.BpmnElementType;

/** Start, intermediate catch, boundary and end events, with the definitions they support. */
final class EventTransformers {

  private EventTransformers() {}

  static ExecutableFlowNode startEvent(StartEvent event, TransformContext context) {
    boolean inEventSubProcess =
        event.getParentElement() instanceof io.camunda.zeebe.model.bpmn.instance.SubProcess sub
            && sub.triggeredByEvent();
    var definition =
        definition(
            event,
            event.getEventDefinitions(),
            inEventSubProcess
                ? Set.of(
                    TimerEventDefinition.class,
                    MessageEventDefinition.class,
                    ErrorEventDefinition.class,
                    SignalEventDefinition.class,
                    EscalationEventDefinition.class)
                : Set.of(
                    TimerEventDefinition.class,
                    MessageEventDefinition.class,
                    SignalEventDefinition.class),
            inEventSubProcess,
            context);
    if (!definition.valid()) {
      return null;
    }
    ExecutableCatchEvent executable =
        new ExecutableCatchEvent(
            event.getId(), event.getName(), BpmnElementType.START_EVENT, definition.value());
    executable.setInterrupting(event.isInterrupting());
    ZeebeFormDefinition form = event.getSingleExtensionElement(ZeebeFormDefinition.class);
    if (form != null) {
      executable.setFormId(form.getFormId());
    }
    return executable;
  }

  static ExecutableFlowNode intermediateCatchEvent(
      IntermediateCatchEvent event, TransformContext context) {
    var definition =
        definition(
            event,
            event.getEventDefinitions(),
            Set.of(
                TimerEventDefinition.class,
                MessageEventDefinition.class,
                SignalEventDefinition.class,
                LinkEventDefinition.class),
            true,
            context);
    if (definition == NONE) {
      context.problem(
          event.getId(),
          "Expected an intermediate catch event with a timer, message, signal or link"
              + " definition, but it has none");
    }
    if (definition.value() == null) {
      return null;
    }
    return new ExecutableCatchEvent(
        event.getId(),
        event.getName(),
        BpmnElementType.INTERMEDIATE_CATCH_EVENT,
        definition.value());
  }

  static ExecutableFlowNode boundaryEvent(BoundaryEvent event, TransformContext context) {
    var definition =
        definition(
            event,
            event.getEventDefinitions(),
            Set.of(
                TimerEventDefinition.class,
                MessageEventDefinition.class,
                ErrorEventDefinition.class,
                SignalEventDefinition.class,
                EscalationEventDefinition.class),
            true,
            context);
    if (definition == NONE) {
      context.problem(
          event.getId(), "Expected a boundary event with an event definition, but it has none");
    }
    if (definition.value() == null) {
      return null;
    }
    ExecutableCatchEvent executable =
        new ExecutableCatchEvent(
            event.getId(), event.getName(), BpmnElementType.BOUNDARY_EVENT, definition.value());
    executable.setInterrupting(event.cancelActivity());
    return executable;
  }

  static ExecutableFlowNode receiveTask(
      io.camunda.zeebe.model.bpmn.instance.ReceiveTask task, TransformContext context) {
    if (task.getMessage() == null) {
      context.problem(
          task.getId(),
          "Expected the receive task to reference a message, but it" + " references none");
      return null;
    }
    Definition definition = messageOf(task.getId(), task.getMessage(), true, context);
    if (definition.value() == null) {
      return null;
    }
    return new org.tongxing.engine.model.executable.ExecutableReceiveTask(
        task.getId(), task.getName(), (Message) definition.value());
  }

  static ExecutableFlowNode endEvent(EndEvent event, TransformContext context) {
    return throwEvent(
        event,
        BpmnElementType.END_EVENT,
        Set.of(
            ErrorEventDefinition.class,
            TerminateEventDefinition.class,
            SignalEventDefinition.class,
            EscalationEventDefinition.class,
            MessageEventDefinition.class),
        context);
  }

  static ExecutableFlowNode intermediateThrowEvent(
      io.camunda.zeebe.model.bpmn.instance.IntermediateThrowEvent event, TransformContext context) {
    return throwEvent(
        event,
        BpmnElementType.INTERMEDIATE_THROW_EVENT,
        Set.of(
            SignalEventDefinition.class,
            EscalationEventDefinition.class,
            MessageEventDefinition.class,
            LinkEventDefinition.class),
        context);
  }

  /**
   * End and intermediate throw events. A message throw event is done by a job worker, as in Camunda
   * 8 ({@code zeebe:taskDefinition}).
   */
  private static ExecutableFlowNode throwEvent(
      io.camunda.zeebe.model.bpmn.instance.ThrowEvent event,
      BpmnElementType type,
      Set<Class<? extends EventDefinition>> supported,
      TransformContext context) {
    if (event.getEventDefinitions().stream().anyMatch(MessageEventDefinition.class::isInstance)) {
      return TaskTransformers.jobWorkerEvent(event, type, context);
    }
    var definition = definition(event, event.getEventDefinitions(), supported, false, context);
    if (!definition.valid()) {
      return null;
    }
    if (definition.value() instanceof Error error && error.errorCode() == null) {
      context.problem(
          event.getId(),
          "Expected an error end event to throw an error with a code," + " but its error has none");
      return null;
    }
    if (definition.value()
            instanceof org.tongxing.engine.model.executable.EventDefinition.Escalation escalation
        && escalation.escalationCode() == null) {
      context.problem(
          event.getId(),
          "Expected an escalation throw event to throw an escalation"
              + " with a code, but its escalation has none");
      return null;
    }
    return new ExecutableCatchEvent(event.getId(), event.getName(), type, definition.value());
  }

  /** A transformed definition: none, one, or one that could not be transformed (reported). */
  private record Definition(
      org.tongxing.engine.model.executable.EventDefinition value, boolean valid) {}

  private static final Definition NONE = new Definition(null, true);
  private static final Definition INVALID = new Definition(null, false);

  private static Definition definition(
      Event event,
      Collection<EventDefinition> definitions,
      Set<Class<? extends EventDefinition>> supported,
      boolean needsCorrelationKey,
      TransformContext context) {
    if (definitions.isEmpty()) {
      return NONE;
    }
    EventDefinition definition = definitions.iterator().next();
    if (definition instanceof ConditionalEventDefinition) {
      context.problem(
          event.getId(),
          "Expected an event definition that Camunda 8.8 runs, but "
              + event.getElementType().getTypeName()
              + " with conditionalEventDefinition is not"
              + " part of Camunda 8.8 (a cluster refuses it too): wait for the change with a message"
              + " or signal event, or decide on the variables at an exclusive gateway");
      return INVALID;
    }
    if (supported.stream().noneMatch(type -> type.isInstance(definition))) {
      context.problem(
          event.getId(),
          "Expected an event definition the embedded engine runs, but "
              + event.getElementType().getTypeName()
              + " with "
              + definition.getElementType().getTypeName()
              + " is not supported yet");
      return INVALID;
    }
    if (definition instanceof TimerEventDefinition timer) {
      return timer(event.getId(), timer, context);
    }
    if (definition instanceof MessageEventDefinition message) {
      return message(event.getId(), message, needsCorrelationKey, context);
    }
    if (definition instanceof ErrorEventDefinition error) {
      return error(event.getId(), error, context);
    }
    if (definition instanceof SignalEventDefinition signal) {
      var ref = signal.getSignal();
      if (ref == null || ref.getName() == null || ref.getName().isBlank()) {
        context.problem(event.getId(), "Expected a signal with a name, but it has none");
        return INVALID;
      }
      var name = context.attribute(event.getId(), "signal name", ref.getName());
      return name == null
          ? INVALID
          : new Definition(
              new org.tongxing.engine.model.executable.EventDefinition.Signal(name), true);
    }
    if (definition instanceof EscalationEventDefinition escalation) {
      var ref = escalation.getEscalation();
      if (ref == null || ref.getEscalationCode() == null || ref.getEscalationCode().isBlank()) {
        return new Definition(
            new org.tongxing.engine.model.executable.EventDefinition.Escalation(null), true);
      }
      var code = context.attribute(event.getId(), "escalation code", ref.getEscalationCode());
      return code == null
          ? INVALID
          : new Definition(
              new org.tongxing.engine.model.executable.EventDefinition.Escalation(code), true);
    }
    if (definition instanceof LinkEventDefinition link) {
      // the model's validation requires the name
      return new Definition(
          new org.tongxing.engine.model.executable.EventDefinition.Link(link.getName()), true);
    }
    if (definition instanceof TerminateEventDefinition) {
      return new Definition(
          new org.tongxing.engine.model.executable.EventDefinition.Terminate(), true);
    }
    return INVALID;
  }

  private static Definition error(
      String id, ErrorEventDefinition definition, TransformContext context) {
    var error = definition.getError();
    if (error == null || error.getErrorCode() == null || error.getErrorCode().isBlank()) {
      return new Definition(new Error(null), true); // catches every error
    }
    Expression code = context.attribute(id, "error code", error.getErrorCode());
    return code == null ? INVALID : new Definition(new Error(code), true);
  }

  private static Definition timer(String id, TimerEventDefinition timer, TransformContext context) {
    TimerKind kind;
    String text;
    if (timer.getTimeDate() != null) {
      kind = TimerKind.DATE;
      text = timer.getTimeDate().getTextContent();
    } else if (timer.getTimeDuration() != null) {
      kind = TimerKind.DURATION;
      text = timer.getTimeDuration().getTextContent();
    } else if (timer.getTimeCycle() != null) {
      kind = TimerKind.CYCLE;
      text = timer.getTimeCycle().getTextContent();
    } else {
      context.problem(id, "Expected a timer with a date, duration or cycle, but it has none");
      return INVALID;
    }
    Expression expression = context.attribute(id, "timer " + kind.name().toLowerCase(), text);
    if (expression == null) {
      if (text == null || text.isBlank()) {
        context.problem(id, "Expected a timer " + kind.name().toLowerCase() + ", but it is empty");
      }
      return INVALID;
    }
    if (expression.isStatic()) {
      try {
        TimerSchedule.parse(kind, expression.text(), 0, java.time.ZoneOffset.UTC);
      } catch (IllegalArgumentException e) {
        context.problem(id, e.getMessage());
        return INVALID;
      }
    }
    return new Definition(new Timer(kind, expression), true);
  }

  private static Definition message(
      String id,
      MessageEventDefinition definition,
      boolean needsCorrelationKey,
      TransformContext context) {
    return messageOf(id, definition.getMessage(), needsCorrelationKey, context);
  }

  private static Definition messageOf(
      String id,
      io.camunda.zeebe.model.bpmn.instance.Message message,
      boolean needsCorrelationKey,
      TransformContext context) {
    if (message == null || message.getName() == null || message.getName().isBlank()) {
      context.problem(id, "Expected a message with a name, but it has none");
      return INVALID;
    }
    Expression name = context.attribute(id, "message name", message.getName());
    Expression correlationKey = null;
    ZeebeSubscription subscription = message.getSingleExtensionElement(ZeebeSubscription.class);
    if (subscription != null && subscription.getCorrelationKey() != null) {
      correlationKey = context.attribute(id, "correlation key", subscription.getCorrelationKey());
    }
    if (needsCorrelationKey && correlationKey == null) {
      context.problem(
          id,
          "Expected the message '"
              + message.getName()
              + "' to have a correlation key (zeebe:subscription correlationKey), but it has none");
      return INVALID;
    }
    return name == null ? INVALID : new Definition(new Message(name, correlationKey), true);
  }
}
