package org.tongxing.app.monitoring.instances;

import java.util.List;
import org.tongxing.app.diagram.ProcessDiagramView;
import org.tongxing.app.tasklist.DisplayTime;

/** Everything the instance page shows about one case. */
public record InstanceView(
    long key,
    long definitionKey,
    String processId,
    String processName,
    int version,
    String state,
    boolean incident,
    DisplayTime started,
    DisplayTime ended,
    String caseNumber,
    String applicant,
    String employer,
    String county,
    ProcessDiagramView diagram,
    List<OutlineStep> outline,
    List<TimelineEntry> timeline,
    List<VariableRow> variables,
    List<IncidentRow> incidents,
    List<StepOption> moveTargets,
    List<StepOption> activeSteps,
    boolean unmasked,
    boolean mayUnmask) {

  public boolean isActive() {
    return "ACTIVE".equals(state);
  }

  public boolean canMoveBack() {
    return isActive() && !moveTargets.isEmpty() && !activeSteps.isEmpty();
  }

  /** The steps the case is at now, by name. */
  public List<String> currentSteps() {
    return activeSteps.stream().map(StepOption::name).toList();
  }

  /** The label shown as a case's title: its number, or its key. */
  public String title() {
    return caseNumber != null ? caseNumber : String.valueOf(key);
  }
}
