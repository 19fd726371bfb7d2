package org.tongxing.app.tasklist;

import java.util.List;
import org.tongxing.app.diagram.ProcessDiagramView;

/** Everything the task page shows. Dates and the diagram may be {@code null}. */
public record TaskDetailView(
    long key,
    String name,
    String processName,
    String bpmnProcessId,
    long processInstanceKey,
    String assignee,
    List<String> candidateGroups,
    Integer priority,
    DisplayTime created,
    DisplayTime due,
    DisplayTime followUp,
    Status status,
    List<VariableView> variables,
    ProcessDiagramView diagram,
    TaskFormView form) {

  public enum Status {
    UNASSIGNED,
    ASSIGNED_TO_ME,
    ASSIGNED_TO_OTHER,
    CLOSED
  }

  public boolean canClaim() {
    return status == Status.UNASSIGNED;
  }

  public boolean canUnclaim() {
    return status == Status.ASSIGNED_TO_ME;
  }

  /** Completing claims an unassigned task first, so both open states allow it. */
  public boolean canComplete() {
    return (status == Status.UNASSIGNED || status == Status.ASSIGNED_TO_ME) && form.completable();
  }
}
