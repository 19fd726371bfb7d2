package org.tongxing.app.process;

import java.util.List;

/**
 * One element of a process as the text outline and the task page describe it.
 *
 * @param kind what the element is, for the outline's wording ({@code outline.kind.<kind>})
 * @param depth 0 for the process's own elements, 1 inside a sub-process, and so on
 * @param candidateGroups the departments a user task is offered to (static lists only)
 * @param policyClause the clause it implements ({@code zeebe:property policyClause}), or null
 * @param choices for a gateway, where each of its flows leads
 * @param multiInstance how a multi-instance activity is signed, or {@code null}
 */
public record ProcessStep(
    String elementId,
    String name,
    Kind kind,
    int depth,
    List<String> candidateGroups,
    String policyClause,
    List<Choice> choices,
    MultiInstance multiInstance) {

  public ProcessStep {
    candidateGroups = List.copyOf(candidateGroups);
    choices = List.copyOf(choices);
  }

  /** The name, or the id when the model gives none. */
  public String displayName() {
    return name == null || name.isBlank() ? elementId : name;
  }

  public enum Kind {
    START_EVENT,
    END_EVENT,
    EVENT,
    USER_TASK,
    SERVICE_TASK,
    TASK,
    GATEWAY,
    SUB_PROCESS,
    CALL_ACTIVITY;

    /** Whether a case can be sent back to it (退回): a step where someone or something works. */
    public boolean isWork() {
      return this == USER_TASK || this == SERVICE_TASK || this == TASK || this == CALL_ACTIVITY;
    }
  }

  /** A gateway's way out: the flow's name (e.g. 同意) and the step it leads to. */
  public record Choice(String label, String targetName) {}

  /**
   * A multi-instance activity: 会签 when all must sign, 或签 when the first completion is enough, as
   * the completion condition says.
   *
   * @param completionCondition the FEEL condition, or {@code null} for "all instances"
   */
  public record MultiInstance(boolean sequential, String completionCondition) {

    /** 或签: the condition is met by one completion ({@code numberOfCompletedInstances >= 1}). */
    public boolean anyOne() {
      return completionCondition != null
          && completionCondition.replace(" ", "").matches("=?numberOfCompletedInstances(>=1|>0)");
    }
  }
}
