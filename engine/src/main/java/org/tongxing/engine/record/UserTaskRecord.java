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
 * @param action the action named by the last assignment, update or completion ("assign",
 *     "complete", "approve", ...)
 * @param changedAttributes the attributes the event changes (assignee, candidateGroupsList,
 *     candidateUsersList, dueDate, followUpDate, priority), listeners' corrections included
 * @param deniedReason why a task listener denied the transition (on a *_DENIED event), else empty
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
    String action,
    List<String> changedAttributes,
    String deniedReason)
    implements RecordValue {

  public static final String ASSIGNEE = "assignee";
  public static final String CANDIDATE_GROUPS = "candidateGroupsList";
  public static final String CANDIDATE_USERS = "candidateUsersList";
  public static final String DUE_DATE = "dueDate";
  public static final String FOLLOW_UP_DATE = "followUpDate";
  public static final String PRIORITY = "priority";

  /** Records written before task listeners had no changed attributes and no denial. */
  public UserTaskRecord {
    changedAttributes = changedAttributes == null ? List.of() : List.copyOf(changedAttributes);
    deniedReason = deniedReason == null ? "" : deniedReason;
  }

  public UserTaskRecord withAssignee(String assignee, String action) {
    return new UserTaskRecord(
        userTaskKey,
        name,
        assignee,
        candidateGroups,
        candidateUsers,
        dueDate,
        followUpDate,
        formKey,
        externalFormReference,
        priority,
        customHeaders,
        bpmnProcessId,
        processDefinitionVersion,
        processDefinitionKey,
        processInstanceKey,
        elementId,
        elementInstanceKey,
        creationTimestamp,
        variables,
        action,
        changedAttributes,
        deniedReason);
  }

  public UserTaskRecord withChanges(
      String dueDate,
      String followUpDate,
      List<String> candidateGroups,
      List<String> candidateUsers,
      int priority,
      String action) {
    return new UserTaskRecord(
        userTaskKey,
        name,
        assignee,
        candidateGroups,
        candidateUsers,
        dueDate,
        followUpDate,
        formKey,
        externalFormReference,
        priority,
        customHeaders,
        bpmnProcessId,
        processDefinitionVersion,
        processDefinitionKey,
        processInstanceKey,
        elementId,
        elementInstanceKey,
        creationTimestamp,
        variables,
        action,
        changedAttributes,
        deniedReason);
  }

  public UserTaskRecord withCompletion(String variables, String action) {
    return new UserTaskRecord(
        userTaskKey,
        name,
        assignee,
        candidateGroups,
        candidateUsers,
        dueDate,
        followUpDate,
        formKey,
        externalFormReference,
        priority,
        customHeaders,
        bpmnProcessId,
        processDefinitionVersion,
        processDefinitionKey,
        processInstanceKey,
        elementId,
        elementInstanceKey,
        creationTimestamp,
        variables,
        action,
        changedAttributes,
        deniedReason);
  }

  public UserTaskRecord withChangedAttributes(List<String> changedAttributes) {
    return new UserTaskRecord(
        userTaskKey,
        name,
        assignee,
        candidateGroups,
        candidateUsers,
        dueDate,
        followUpDate,
        formKey,
        externalFormReference,
        priority,
        customHeaders,
        bpmnProcessId,
        processDefinitionVersion,
        processDefinitionKey,
        processInstanceKey,
        elementId,
        elementInstanceKey,
        creationTimestamp,
        variables,
        action,
        changedAttributes,
        deniedReason);
  }

  public UserTaskRecord withDeniedReason(String deniedReason) {
    return new UserTaskRecord(
        userTaskKey,
        name,
        assignee,
        candidateGroups,
        candidateUsers,
        dueDate,
        followUpDate,
        formKey,
        externalFormReference,
        priority,
        customHeaders,
        bpmnProcessId,
        processDefinitionVersion,
        processDefinitionKey,
        processInstanceKey,
        elementId,
        elementInstanceKey,
        creationTimestamp,
        variables,
        action,
        changedAttributes,
        deniedReason);
  }

  /**
   * The attributes by which this task differs from another version of it, in the order {@link
   * #changedAttributes} lists them.
   */
  public List<String> differencesFrom(UserTaskRecord other) {
    List<String> changed = new java.util.ArrayList<>();
    if (!assignee.equals(other.assignee)) {
      changed.add(ASSIGNEE);
    }
    if (!candidateGroups.equals(other.candidateGroups)) {
      changed.add(CANDIDATE_GROUPS);
    }
    if (!candidateUsers.equals(other.candidateUsers)) {
      changed.add(CANDIDATE_USERS);
    }
    if (!dueDate.equals(other.dueDate)) {
      changed.add(DUE_DATE);
    }
    if (!followUpDate.equals(other.followUpDate)) {
      changed.add(FOLLOW_UP_DATE);
    }
    if (priority != other.priority) {
      changed.add(PRIORITY);
    }
    return changed;
  }
}
