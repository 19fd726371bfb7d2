package org.tongxing.app.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A process version as the monitoring pages describe it in words: its steps in the order a case
 * meets them, with their names, kinds and departments. Read from the BPMN through the client.
 *
 * @param steps the flow nodes, start events first, then along the sequence flows
 */
public record ProcessModel(String processId, String name, List<Step> steps) {

  public ProcessModel {
    steps = List.copyOf(steps);
  }

  /**
   * One flow node.
   *
   * @param type the BPMN element name, e.g. {@code userTask}, {@code exclusiveGateway}
   * @param scopeId the sub-process it lies in, or {@code null} at the process's top level
   * @param candidateGroups the departments named statically; empty when none or an expression
   * @param next the names of the steps its sequence flows lead to
   * @param policyClause the clause of the policy it implements ({@code zeebe:property}), or null
   * @param jobType the job type its worker takes ({@code zeebe:taskDefinition}), or null when it
   *     has none or an expression decides it
   */
  public record Step(
      String id,
      String name,
      String type,
      String scopeId,
      List<String> candidateGroups,
      List<String> next,
      String policyClause,
      String jobType) {

    public Step {
      candidateGroups = List.copyOf(candidateGroups);
      next = List.copyOf(next);
    }

    /** The name people read, the id when the model gives none. */
    public String displayName() {
      return name == null || name.isBlank() ? id : name;
    }

    /** Tasks are the steps a case can be sent back to. */
    public boolean isTask() {
      return type.endsWith("Task") || type.equals("callActivity");
    }
  }

  public Optional<Step> step(String elementId) {
    return steps.stream().filter(step -> step.id().equals(elementId)).findFirst();
  }

  /** A step's name, or the element id when the model does not hold it. */
  public String nameOf(String elementId) {
    return step(elementId).map(Step::displayName).orElse(elementId);
  }

  public String displayName() {
    return name == null || name.isBlank() ? processId : name;
  }

  /** Position of each step in the flow order, for sorting by it. */
  public Map<String, Integer> order() {
    Map<String, Integer> order = new LinkedHashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      order.put(steps.get(i).id(), i);
    }
    return order;
  }
}
