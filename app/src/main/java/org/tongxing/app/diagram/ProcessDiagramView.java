package org.tongxing.app.diagram;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the {@code diagram/process-diagram} fragment draws: a process version's diagram with a
 * case's state marked. Ids are joined by spaces, as the browser code reads them.
 *
 * @param label the diagram's text alternative, e.g. which step the case is at
 * @param counts per-element count badges as JSON ({@code {"Task_X": {"active": 3}}}), for the
 *     heatmap of a definition; {@code null} for none
 */
public record ProcessDiagramView(
    String xmlUrl,
    String active,
    String completed,
    String incidents,
    String takenFlows,
    String label,
    String counts) {

  public ProcessDiagramView(
      String xmlUrl,
      String active,
      String completed,
      String incidents,
      String takenFlows,
      String label) {
    this(xmlUrl, active, completed, incidents, takenFlows, label, null);
  }

  /** The same diagram with count badges. */
  public ProcessDiagramView withCounts(String countsJson) {
    return new ProcessDiagramView(
        xmlUrl, active, completed, incidents, takenFlows, label, countsJson);
  }

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
