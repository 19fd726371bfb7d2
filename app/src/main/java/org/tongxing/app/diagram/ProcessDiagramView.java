package org.tongxing.app.diagram;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the {@code diagram/process-diagram} fragment draws: a process version's diagram with a
 * case's state marked. Ids are joined by spaces, as the browser code reads them.
 *
 * @param label the diagram's text alternative, e.g. which step the case is at
 */
public record ProcessDiagramView(
    String xmlUrl,
    String active,
    String completed,
    String incidents,
    String takenFlows,
    String label) {

  public static ProcessDiagramView of(long processDefinitionKey, ProcessPath path, String label) {
    return new ProcessDiagramView(
        "/diagrams/process-definitions/" + processDefinitionKey + ".bpmn",
        joined(path.activeElementIds()),
        joined(path.completedElementIds()),
        joined(path.incidentElementIds()),
        joined(path.takenFlowIds()),
        label);
  }

  private static String joined(Set<String> ids) {
    return String.join(" ", new TreeSet<>(ids));
  }
}
