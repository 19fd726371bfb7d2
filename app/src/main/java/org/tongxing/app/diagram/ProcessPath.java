package org.tongxing.app.diagram;

import java.util.Set;

/**
 * Where one case stands on its diagram: the BPMN element ids it has completed, is in and failed at,
 * and the sequence flows it took. Read from the search side, so it may lag a moment behind.
 */
public record ProcessPath(
    Set<String> completedElementIds,
    Set<String> activeElementIds,
    Set<String> incidentElementIds,
    Set<String> takenFlowIds) {

  public ProcessPath {
    completedElementIds = Set.copyOf(completedElementIds);
    activeElementIds = Set.copyOf(activeElementIds);
    incidentElementIds = Set.copyOf(incidentElementIds);
    takenFlowIds = Set.copyOf(takenFlowIds);
  }

  /** Nothing known: a diagram without marks. */
  public static ProcessPath unknown() {
    return new ProcessPath(Set.of(), Set.of(), Set.of(), Set.of());
  }
}
