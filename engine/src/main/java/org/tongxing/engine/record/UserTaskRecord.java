package org.tongxing.engine.record;

import java.util.List;
import java.util.Map;

/**
 * A user task ({@code zeebe:userTask}).
 *
 * @param assignee the user holding the task; empty when unassigned
 * @param dueDate ISO 8601 date-time, or empty
 * @param followUpDate ISO 8601 date-time, or empty
 * @param formKey the key of the linked form, -1 when none
 * @param creationTimestamp epoch ms
 * @param variables JSON object sent with completion; "{}" otherwise
 * @param action the action named by the last assignment or completion ("assign", "complete",
 *     "approve", ...)
 */
public record UserTaskRecord(
    long userTaskKey,
    String name,
    String assignee,
    List<String> candidateGroups,
    List<String> candidateUsers,
    String dueDate,
    String followUpDate,
    long formKey,
    String externalFormReference,
    int priority,
    Map<String, String> customHeaders,
    String bpmnProcessId,
    int processDefinitionVersion,
    long processDefinitionKey,
    long processInstanceKey,
    String elementId,
    long elementInstanceKey,
    long creationTimestamp,
    String variables,
    String action)
    implements RecordValue {

  public UserTaskRecord withAssignee(String assignee, String action) {
    return new UserTaskRecord(userTaskKey, name, assignee, candidateGroups, candidateUsers,
        dueDate, followUpDate, formKey, externalFormReference, priority, customHeaders,
        bpmnProcessId, processDefinitionVersion, processDefinitionKey, processInstanceKey,
        elementId, elementInstanceKey, creationTimestamp, variables, action);
  }

  public UserTaskRecord withChanges(String dueDate, String followUpDate,
      List<String> candidateGroups, List<String> candidateUsers, int priority, String action) {
    return new UserTaskRecord(userTaskKey, name, assignee, candidateGroups, candidateUsers,
        dueDate, followUpDate, formKey, externalFormReference, priority, customHeaders,
        bpmnProcessId, processDefinitionVersion, processDefinitionKey, processInstanceKey,
        elementId, elementInstanceKey, creationTimestamp, variables, action);
  }

  public UserTaskRecord withCompletion(String variables, String action) {
    return new UserTaskRecord(userTaskKey, name, assignee, candidateGroups, candidateUsers,
        dueDate, followUpDate, formKey, externalFormReference, priority, customHeaders,
        bpmnProcessId, processDefinitionVersion, processDefinitionKey, processInstanceKey,
        elementId, elementInstanceKey, creationTimestamp, variables, action);
  }
}
