package org.tongxing.app.monitoring;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperties;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperty;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * Reads process versions (the BPMN XML through the client) into {@link ProcessModel}s. A deployed
 * version never changes, so each is read once and kept (the most recent few hundred).
 */
@Component
public class ProcessModels {

  private static final int KEPT = 200;

  private final CamundaClient client;
  private final Map<Long, ProcessModel> models =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, ProcessModel> eldest) {
              return size() > KEPT;
            }
          });

  public ProcessModels(CamundaClient client) {
    this.client = client;
  }

  public ProcessModel of(long processDefinitionKey) {
    ProcessModel model = models.get(processDefinitionKey);
    if (model == null) {
      model = read(client.newProcessDefinitionGetXmlRequest(processDefinitionKey).execute());
      models.put(processDefinitionKey, model);
    }
    return model;
  }

  /** The model of BPMN XML; the first executable process when the file holds several. */
  static ProcessModel read(String xml) {
    BpmnModelInstance bpmn =
        Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Collection<Process> processes = bpmn.getModelElementsByType(Process.class);
    Process process =
        processes.stream()
            .filter(Process::isExecutable)
            .findFirst()
            .orElseGet(() -> processes.iterator().next());
    List<ProcessModel.Step> steps = new ArrayList<>();
    for (FlowNode node : inFlowOrder(process)) {
      steps.add(
          new ProcessModel.Step(
              node.getId(),
              node.getName(),
              node.getElementType().getTypeName(),
              node.getParentElement() instanceof SubProcess scope ? scope.getId() : null,
              candidateGroups(node),
              node.getOutgoing().stream()
                  .map(SequenceFlow::getTarget)
                  .map(target -> target.getName() == null ? target.getId() : target.getName())
                  .toList(),
              property(node, "policyClause"),
              jobType(node)));
    }
    return new ProcessModel(process.getId(), process.getName(), steps);
  }

  /**
   * Start events first, then breadth first along the sequence flows; a sub-process's inside right
   * after it, a boundary event right after its task; anything unreachable at the end.
   */
  private static List<FlowNode> inFlowOrder(ModelElementInstance scope) {
    List<FlowNode> nodes = new ArrayList<>(scope.getChildElementsByType(FlowNode.class));
    Set<FlowNode> ordered = new LinkedHashSet<>();
    Deque<FlowNode> queue = new ArrayDeque<>();
    nodes.stream().filter(node -> node instanceof StartEvent).forEach(queue::add);
    while (!ordered.containsAll(nodes)) {
      if (queue.isEmpty()) {
        nodes.stream().filter(node -> !ordered.contains(node)).findFirst().ifPresent(queue::add);
      }
      FlowNode node = queue.poll();
      if (node == null || !ordered.add(node)) {
        continue;
      }
      nodes.stream()
          .filter(
              other -> other instanceof BoundaryEvent boundary && boundary.getAttachedTo() == node)
          .forEach(queue::addFirst);
      node.getOutgoing().stream()
          .map(SequenceFlow::getTarget)
          .sorted(Comparator.comparing(FlowNode::getId))
          .forEach(queue::add);
    }
    List<FlowNode> result = new ArrayList<>();
    for (FlowNode node : ordered) {
      result.add(node);
      if (node instanceof SubProcess) {
        result.addAll(inFlowOrder(node));
      }
    }
    return result;
  }

  private static List<String> candidateGroups(FlowNode node) {
    ZeebeAssignmentDefinition assignment =
        node.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
    String groups = assignment == null ? null : assignment.getCandidateGroups();
    if (groups == null || groups.isBlank() || groups.startsWith("=")) {
      return List.of(); // an expression decides at run time
    }
    return Arrays.stream(groups.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** The job type a worker takes (service, send, script tasks…), when fixed in the model. */
  private static String jobType(FlowNode node) {
    ZeebeTaskDefinition definition = node.getSingleExtensionElement(ZeebeTaskDefinition.class);
    String type = definition == null ? null : definition.getType();
    return type == null || type.isBlank() || type.startsWith("=") ? null : type;
  }

  private static String property(FlowNode node, String name) {
    ZeebeProperties properties = node.getSingleExtensionElement(ZeebeProperties.class);
    if (properties == null) {
      return null;
    }
    return properties.getProperties().stream()
        .filter(property -> name.equals(property.getName()))
        .map(ZeebeProperty::getValue)
        .findFirst()
        .orElse(null);
  }
}
