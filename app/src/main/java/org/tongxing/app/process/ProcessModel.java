package org.tongxing.app.process;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.CompletionCondition;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.Event;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Gateway;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperties;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperty;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One deployed process version read from its BPMN: its steps in the order a case meets them (the
 * text outline), each step's policy clause and properties, and its start form.
 */
public final class ProcessModel {

  public static final String POLICY_CLAUSE = "policyClause";

  private final String processId;
  private final String name;
  private final Map<String, ProcessStep> steps;
  private final Map<String, Map<String, String>> properties;
  private final String startFormId;

  private ProcessModel(
      String processId,
      String name,
      Map<String, ProcessStep> steps,
      Map<String, Map<String, String>> properties,
      String startFormId) {
    this.processId = processId;
    this.name = name;
    this.steps = steps;
    this.properties = properties;
    this.startFormId = startFormId;
  }

  /** Reads the first executable process of the model. */
  public static ProcessModel of(BpmnModelInstance model) {
    Process process =
        model.getModelElementsByType(Process.class).stream()
            .filter(Process::isExecutable)
            .findFirst()
            .orElseGet(
                () ->
                    model.getModelElementsByType(Process.class).stream()
                        .findFirst()
                        .orElseThrow(
                            () ->
                                new IllegalArgumentException(
                                    "Expected a BPMN model with a process, but it has none")));
    Map<String, ProcessStep> steps = new LinkedHashMap<>();
    Map<String, Map<String, String>> properties = new LinkedHashMap<>();
    walk(process.getFlowElements(), 0, steps, properties);
    String startForm =
        process.getFlowElements().stream()
            .filter(StartEvent.class::isInstance)
            .map(start -> extension(start, ZeebeFormDefinition.class))
            .filter(form -> form != null && form.getFormId() != null && !form.getFormId().isBlank())
            .map(ZeebeFormDefinition::getFormId)
            .findFirst()
            .orElse(null);
    return new ProcessModel(process.getId(), process.getName(), steps, properties, startForm);
  }

  public String processId() {
    return processId;
  }

  public String name() {
    return name;
  }

  /** The steps in the order a case meets them from the start, sub-processes inline. */
  public List<ProcessStep> outline() {
    return List.copyOf(steps.values());
  }

  public Optional<ProcessStep> step(String elementId) {
    return Optional.ofNullable(steps.get(elementId));
  }

  /** The element's {@code zeebe:properties}, by name; empty when it has none. */
  public Map<String, String> properties(String elementId) {
    return properties.getOrDefault(elementId, Map.of());
  }

  public Optional<String> policyClause(String elementId) {
    return Optional.ofNullable(properties(elementId).get(POLICY_CLAUSE));
  }

  /** The form id of the process's start event, if it has a form. */
  public Optional<String> startFormId() {
    return Optional.ofNullable(startFormId);
  }

  /** The policy clause of the process as a whole: its start event's. */
  public Optional<String> processPolicyClause() {
    return steps.values().stream()
        .filter(step -> step.kind() == ProcessStep.Kind.START_EVENT && step.depth() == 0)
        .map(ProcessStep::policyClause)
        .filter(clause -> clause != null)
        .findFirst();
  }

  private static void walk(
      Collection<FlowElement> elements,
      int depth,
      Map<String, ProcessStep> steps,
      Map<String, Map<String, String>> properties) {
    List<FlowNode> nodes =
        elements.stream().filter(FlowNode.class::isInstance).map(FlowNode.class::cast).toList();
    Deque<FlowNode> next = new ArrayDeque<>();
    // from the start events along the flows; what no flow reaches (event sub-processes,
    // boundary events) comes after, in model order
    nodes.stream().filter(StartEvent.class::isInstance).forEach(next::add);
    Set<String> seen = new LinkedHashSet<>();
    List<FlowNode> ordered = new ArrayList<>();
    while (!next.isEmpty() || ordered.size() < nodes.size()) {
      if (next.isEmpty()) {
        nodes.stream()
            .filter(node -> !seen.contains(node.getId()))
            .findFirst()
            .ifPresent(next::add);
      }
      FlowNode node = next.poll();
      if (node == null || !seen.add(node.getId())) {
        continue;
      }
      ordered.add(node);
      for (SequenceFlow flow : node.getOutgoing()) {
        next.add(flow.getTarget());
      }
    }
    for (FlowNode node : ordered) {
      properties.put(node.getId(), propertiesOf(node));
      steps.put(node.getId(), step(node, depth, properties.get(node.getId())));
      if (node instanceof SubProcess subProcess) {
        walk(subProcess.getFlowElements(), depth + 1, steps, properties);
      }
    }
  }

  private static ProcessStep step(FlowNode node, int depth, Map<String, String> properties) {
    List<ProcessStep.Choice> choices = new ArrayList<>();
    if (node instanceof Gateway && node.getOutgoing().size() > 1) {
      for (SequenceFlow flow : node.getOutgoing()) {
        FlowNode target = flow.getTarget();
        choices.add(
            new ProcessStep.Choice(
                flow.getName(),
                target.getName() == null || target.getName().isBlank()
                    ? target.getId()
                    : target.getName()));
      }
    }
    List<String> groups = List.of();
    ZeebeAssignmentDefinition assignment = extension(node, ZeebeAssignmentDefinition.class);
    if (assignment != null
        && assignment.getCandidateGroups() != null
        && !assignment.getCandidateGroups().startsWith("=")) {
      groups =
          Arrays.stream(assignment.getCandidateGroups().split(","))
              .map(String::strip)
              .filter(group -> !group.isEmpty())
              .toList();
    }
    ProcessStep.MultiInstance multiInstance = null;
    if (node instanceof Activity activity
        && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop) {
      CompletionCondition condition = loop.getCompletionCondition();
      multiInstance =
          new ProcessStep.MultiInstance(
              loop.isSequential(),
              condition == null
                      || condition.getTextContent() == null
                      || condition.getTextContent().isBlank()
                  ? null
                  : condition.getTextContent().strip());
    }
    return new ProcessStep(
        node.getId(),
        node.getName(),
        kind(node),
        depth,
        groups,
        properties.get(POLICY_CLAUSE),
        choices,
        multiInstance);
  }

  private static ProcessStep.Kind kind(FlowNode node) {
    if (node instanceof StartEvent) {
      return ProcessStep.Kind.START_EVENT;
    }
    if (node instanceof EndEvent) {
      return ProcessStep.Kind.END_EVENT;
    }
    if (node instanceof Event) {
      return ProcessStep.Kind.EVENT;
    }
    if (node instanceof UserTask) {
      return ProcessStep.Kind.USER_TASK;
    }
    if (node instanceof ServiceTask) {
      return ProcessStep.Kind.SERVICE_TASK;
    }
    if (node instanceof Gateway) {
      return ProcessStep.Kind.GATEWAY;
    }
    if (node instanceof SubProcess) {
      return ProcessStep.Kind.SUB_PROCESS;
    }
    if (node instanceof CallActivity) {
      return ProcessStep.Kind.CALL_ACTIVITY;
    }
    return ProcessStep.Kind.TASK;
  }

  private static Map<String, String> propertiesOf(BaseElement element) {
    ZeebeProperties zeebeProperties = extension(element, ZeebeProperties.class);
    if (zeebeProperties == null) {
      return Map.of();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (ZeebeProperty property : zeebeProperties.getProperties()) {
      if (property.getName() != null && property.getValue() != null) {
        values.putIfAbsent(property.getName(), property.getValue());
      }
    }
    return Map.copyOf(values);
  }

  private static <T extends io.camunda.zeebe.model.bpmn.instance.BpmnModelElementInstance>
      T extension(BaseElement element, Class<T> type) {
    return element.getExtensionElements() == null
        ? null
        : element.getExtensionElements().getElementsQuery().filterByType(type).list().stream()
            .findFirst()
            .orElse(null);
  }
}
