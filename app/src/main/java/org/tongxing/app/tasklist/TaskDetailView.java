package org.tongxing.app.tasklist;

import java.util.List;
import org.tongxing.app.diagram.ProcessDiagramView;

/**
 * Everything the task page shows. Dates, the diagram, the approval buttons, the policy clause and
 * the return banner may be {@code null}.
 *
 * @param returnedHere the return (退回) that brought the case to this step, or {@code null}
 */
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
    boolean overdue,
    Status status,
    CaseSummary caseSummary,
    List<VariableView> variables,
    ProcessDiagramView diagram,
    List<OutlineEntry> outline,
    String policyClause,
    List<TimelineEntry> timeline,
    TimelineEntry returnedHere,
    TaskFormView form,
    ApprovalView approval,
    boolean mayAct) {

  public enum Status {
    UNASSIGNED,
    ASSIGNED_TO_ME,
    ASSIGNED_TO_OTHER,
    CLOSED
  }

  public boolean canClaim() {
    return mayAct && status == Status.UNASSIGNED;
  }

  public boolean canUnclaim() {
    return mayAct && status == Status.ASSIGNED_TO_ME;
  }

  /** Completing claims an unassigned task first, so both open states allow it. */
  public boolean canComplete() {
    return mayAct
        && (status == Status.UNASSIGNED || status == Status.ASSIGNED_TO_ME)
        && form.completable();
  }
}
