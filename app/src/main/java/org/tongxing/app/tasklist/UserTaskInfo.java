package org.tongxing.app.tasklist;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A user task as the tasklist sees it, independent of the client library's types.
 *
 * @param processDefinitionKey the key of the process version the task belongs to; 0 if unknown
 * @param elementInstanceKey the task's element instance (what a modification terminates); 0 if
 *     unknown
 * @param state the engine's state name, e.g. {@code CREATED} or {@code COMPLETED}
 * @param formKey the key of a linked Camunda form, or {@code null}
 * @param externalFormReference a form the engine does not hold (a URL), or {@code null}
 */
public record UserTaskInfo(
    long key,
    String name,
    String elementId,
    String state,
    String processName,
    String bpmnProcessId,
    long processDefinitionKey,
    long processInstanceKey,
    long elementInstanceKey,
    String assignee,
    List<String> candidateGroups,
    List<String> candidateUsers,
    Integer priority,
    OffsetDateTime creationDate,
    OffsetDateTime completionDate,
    OffsetDateTime dueDate,
    OffsetDateTime followUpDate,
    Long formKey,
    String externalFormReference) {

  /** States in which a task still waits for someone: created, or a change on its way. */
  private static final Set<String> OPEN_STATES = Set.of("CREATED", "ASSIGNING", "UPDATING");

  public UserTaskInfo {
    candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
    candidateUsers = candidateUsers == null ? List.of() : List.copyOf(candidateUsers);
  }

  public boolean isOpen() {
    return OPEN_STATES.contains(state);
  }

  public boolean hasAssignee() {
    return assignee != null && !assignee.isBlank();
  }

  public boolean isAssignedTo(String username) {
    return hasAssignee() && assignee.equals(username);
  }

  /** The task's name, or its BPMN element id when the model gives none. */
  public String displayName() {
    return name == null || name.isBlank() ? elementId : name;
  }

  /** The process's name, or its BPMN process id when the model gives none. */
  public String processDisplayName() {
    return processName == null || processName.isBlank() ? bpmnProcessId : processName;
  }

  /** Whether the task is overdue at {@code now}: open and past its due date. */
  public boolean isOverdueAt(OffsetDateTime now) {
    return isOpen() && dueDate != null && dueDate.isBefore(now);
  }

  public UserTaskInfo withAssignee(String newAssignee) {
    return new UserTaskInfo(
        key,
        name,
        elementId,
        state,
        processName,
        bpmnProcessId,
        processDefinitionKey,
        processInstanceKey,
        elementInstanceKey,
        newAssignee,
        candidateGroups,
        candidateUsers,
        priority,
        creationDate,
        completionDate,
        dueDate,
        followUpDate,
        formKey,
        externalFormReference);
  }
}
