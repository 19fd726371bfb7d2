package org.tongxing.engine.model.transform;

import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.ManualTask;
import io.camunda.zeebe.model.bpmn.instance.ParallelGateway;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.Task;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.model.executable.ExecutableExclusiveGateway;
import org.tongxing.engine.model.executable.ExecutableFlowElementContainer;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableSequenceFlow;
import org.tongxing.engine.record.BpmnElementType;

/**
 * One transformer per BPMN element type. The first match in registration order wins, so more
 * specific types (UserTask) come before general ones (Task).
 */
final class FlowNodeTransformers {

  private final Map<
          Class<? extends FlowNode>, BiFunction<FlowNode, TransformContext, ExecutableFlowNode>>
      transformers = new LinkedHashMap<>();

  FlowNodeTransformers() {
    register(StartEvent.class, EventTransformers::startEvent);
    register(EndEvent.class, EventTransformers::endEvent);
    register(IntermediateCatchEvent.class, EventTransformers::intermediateCatchEvent);
    register(BoundaryEvent.class, EventTransformers::boundaryEvent);
    register(
        io.camunda.zeebe.model.bpmn.instance.IntermediateThrowEvent.class,
        EventTransformers::intermediateThrowEvent);
    register(ServiceTask.class, TaskTransformers::serviceTask);
    register(UserTask.class, TaskTransformers::userTask);
    register(io.camunda.zeebe.model.bpmn.instance.SendTask.class, TaskTransformers::sendTask);
    register(
        io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask.class,
        TaskTransformers::businessRuleTask);
    register(io.camunda.zeebe.model.bpmn.instance.ScriptTask.class, TaskTransformers::scriptTask);
    register(
        io.camunda.zeebe.model.bpmn.instance.CallActivity.class, TaskTransformers::callActivity);
    register(
        io.camunda.zeebe.model.bpmn.instance.ReceiveTask.class, EventTransformers::receiveTask);
    register(ManualTask.class, (task, context) -> passThrough(task, BpmnElementType.MANUAL_TASK));
    register(ExclusiveGateway.class, FlowNodeTransformers::exclusiveGateway);
    register(
        io.camunda.zeebe.model.bpmn.instance.InclusiveGateway.class,
        (gateway, context) ->
            new org.tongxing.engine.model.executable.ExecutableInclusiveGateway(
                gateway.getId(), gateway.getName()));
    register(
        io.camunda.zeebe.model.bpmn.instance.EventBasedGateway.class,
        (gateway, context) ->
            new ExecutableFlowNode(
                gateway.getId(), gateway.getName(), BpmnElementType.EVENT_BASED_GATEWAY));
    register(
        ParallelGateway.class,
        (gateway, context) -> passThrough(gateway, BpmnElementType.PARALLEL_GATEWAY));
    register(SubProcess.class, FlowNodeTransformers::subProcess);
    register(Task.class, FlowNodeTransformers::undefinedTask);
  }

  @SuppressWarnings("unchecked")
  private <T extends FlowNode> void register(
      Class<T> type, BiFunction<T, TransformContext, ExecutableFlowNode> transformer) {
    transformers.put(type, (node, context) -> transformer.apply((T) node, context));
  }

  /** The executable node, or null after reporting a problem when the element is not supported. */
  ExecutableFlowNode transform(FlowNode node, TransformContext context) {
    for (var entry : transformers.entrySet()) {
      if (entry.getKey().isInstance(node)) {
        return entry.getValue().apply(node, context);
      }
    }
    context.problem(
        node.getId(),
        "Expected an element type the embedded engine runs, but "
            + node.getElementType().getTypeName()
            + " is not supported yet");
    return null;
  }

  /**
   * Links that need every element in place: throw link events to their catch link events, default
   * flows of gateways, boundary events to their activities.
   */
  void afterFlows(Process process, TransformContext context) {
    linkEvents(context);
    for (var gateway :
        process
            .getModelInstance()
            .getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.InclusiveGateway.class)) {
      if (context.process().getElement(gateway.getId())
          instanceof org.tongxing.engine.model.executable.ExecutableInclusiveGateway inclusive) {
        if (gateway.getDefault() != null
            && context.process().getElement(gateway.getDefault().getId())
                instanceof ExecutableSequenceFlow flow) {
          inclusive.setDefaultFlow(flow);
        }
        inclusive.setUpstreamOfIncoming(Reachability.upstreamOfIncoming(inclusive));
      }
    }
    for (BoundaryEvent boundary :
        process.getModelInstance().getModelElementsByType(BoundaryEvent.class)) {
      if (context.process().getElement(boundary.getId()) instanceof ExecutableCatchEvent event
          && boundary.getAttachedTo() != null
          && context.process().getElement(boundary.getAttachedTo().getId())
              instanceof ExecutableFlowNode activity) {
        event.setAttachedTo(activity);
        activity.getBoundaryEvents().add(event);
      }
    }
    // all gateways of the document, also those in sub-processes; ids are unique per document
    for (ExclusiveGateway gateway :
        process.getModelInstance().getModelElementsByType(ExclusiveGateway.class)) {
      if (gateway.getDefault() != null
          && context.process().getElement(gateway.getId()) instanceof ExecutableExclusiveGateway g
          && context.process().getElement(gateway.getDefault().getId())
              instanceof ExecutableSequenceFlow flow) {
        g.setDefaultFlow(flow);
      }
    }
  }

  /**
   * Each throw link event goes on at the catch link event of its name in its own scope (process or
   * sub-process); a name has one catch link event per scope.
   */
  private static void linkEvents(TransformContext context) {
    Map<ExecutableFlowElementContainer, Map<String, List<ExecutableCatchEvent>>> catches =
        new HashMap<>();
    List<ExecutableCatchEvent> throwEvents = new ArrayList<>();
    List<ExecutableCatchEvent> events =
        context.process().getElements().values().stream()
            .filter(element -> element instanceof ExecutableCatchEvent event && event.isLink())
            .map(ExecutableCatchEvent.class::cast)
            .sorted(Comparator.comparing(ExecutableCatchEvent::getId))
            .toList();
    for (ExecutableCatchEvent event : events) {
      if (event.getElementType() == BpmnElementType.INTERMEDIATE_CATCH_EVENT) {
        catches
            .computeIfAbsent(
                (ExecutableFlowElementContainer) event.getFlowScope(), scope -> new HashMap<>())
            .computeIfAbsent(linkName(event), name -> new ArrayList<>())
            .add(event);
      } else {
        throwEvents.add(event);
      }
    }
    catches.forEach(
        (scope, byName) ->
            byName.forEach(
                (name, named) -> {
                  if (named.size() > 1) {
                    context.problem(
                        named.get(0).getId(),
                        "Expected one catch link event named '"
                            + name
                            + "' in scope '"
                            + scope.getId()
                            + "', but found "
                            + named.size()
                            + ": "
                            + named.stream().map(ExecutableCatchEvent::getId).toList());
                  }
                }));
    for (ExecutableCatchEvent throwEvent : throwEvents) {
      List<ExecutableCatchEvent> targets =
          catches
              .getOrDefault((ExecutableFlowElementContainer) throwEvent.getFlowScope(), Map.of())
              .get(linkName(throwEvent));
      if (targets == null) {
        context.problem(
            throwEvent.getId(),
            "Expected a catch link event named '"
                + linkName(throwEvent)
                + "' in the same scope ('"
                + throwEvent.getFlowScope().getId()
                + "') as the throw link event, but there is none");
      } else if (targets.size() == 1) {
        throwEvent.linkTo(targets.get(0));
      }
    }
  }

  private static String linkName(ExecutableCatchEvent event) {
    return ((org.tongxing.engine.model.executable.EventDefinition.Link) event.getDefinition())
        .name();
  }

  private static ExecutableFlowNode exclusiveGateway(
      ExclusiveGateway gateway, TransformContext context) {
    return new ExecutableExclusiveGateway(gateway.getId(), gateway.getName());
  }

  private static ExecutableFlowNode subProcess(SubProcess subProcess, TransformContext context) {
    return new ExecutableFlowElementContainer(
        subProcess.getId(),
        subProcess.getName(),
        subProcess.triggeredByEvent()
            ? BpmnElementType.EVENT_SUB_PROCESS
            : BpmnElementType.SUB_PROCESS);
  }

  private static ExecutableFlowNode undefinedTask(Task task, TransformContext context) {
    // only the plain bpmn:task reaches here; typed tasks without a transformer are not supported
    if (!"task".equals(task.getElementType().getTypeName())) {
      context.problem(
          task.getId(),
          "Expected an element type the embedded engine runs, but "
              + task.getElementType().getTypeName()
              + " is not supported yet");
      return null;
    }
    return passThrough(task, BpmnElementType.TASK);
  }

  private static ExecutableFlowNode passThrough(FlowNode node, BpmnElementType type) {
    return new ExecutableFlowNode(node.getId(), node.getName(), type);
  }
}
