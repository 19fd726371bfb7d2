package org.tongxing.engine.model.executable;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tongxing.engine.feel.Expression;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.JobListenerEventType;

/**
 * A Camunda user task ({@code zeebe:userTask}). Each expression may be null when the BPMN does not
 * set it.
 */
public final class ExecutableUserTask extends ExecutableFlowNode {

  private Expression assignee;
  private Expression candidateGroups;
  private Expression candidateUsers;
  private Expression dueDate;
  private Expression followUpDate;
  private Expression priority;
  private String formId;
  private String externalFormReference;
  private Map<String, String> taskHeaders = Map.of();
  private final Map<JobListenerEventType, List<TaskListener>> taskListeners =
      new EnumMap<>(JobListenerEventType.class);

  public ExecutableUserTask(String id, String name) {
    super(id, name, BpmnElementType.USER_TASK);
  }

  public Expression getAssignee() {
    return assignee;
  }

  public void setAssignee(Expression assignee) {
    this.assignee = assignee;
  }

  public Expression getCandidateGroups() {
    return candidateGroups;
  }

  public void setCandidateGroups(Expression candidateGroups) {
    this.candidateGroups = candidateGroups;
  }

  public Expression getCandidateUsers() {
    return candidateUsers;
  }

  public void setCandidateUsers(Expression candidateUsers) {
    this.candidateUsers = candidateUsers;
  }

  public Expression getDueDate() {
    return dueDate;
  }

  public void setDueDate(Expression dueDate) {
    this.dueDate = dueDate;
  }

  public Expression getFollowUpDate() {
    return followUpDate;
  }

  public void setFollowUpDate(Expression followUpDate) {
    this.followUpDate = followUpDate;
  }

  public Expression getPriority() {
    return priority;
  }

  public void setPriority(Expression priority) {
    this.priority = priority;
  }

  public String getFormId() {
    return formId;
  }

  public void setFormId(String formId) {
    this.formId = formId;
  }

  public String getExternalFormReference() {
    return externalFormReference;
  }

  public void setExternalFormReference(String externalFormReference) {
    this.externalFormReference = externalFormReference;
  }

  public Map<String, String> getTaskHeaders() {
    return taskHeaders;
  }

  public void setTaskHeaders(Map<String, String> taskHeaders) {
    this.taskHeaders = Map.copyOf(taskHeaders);
  }

  /** The task listeners of a lifecycle event, in model order; empty when it has none. */
  public List<TaskListener> getTaskListeners(JobListenerEventType eventType) {
    return taskListeners.getOrDefault(eventType, List.of());
  }

  public void addTaskListener(TaskListener listener) {
    taskListeners.merge(
        listener.eventType(),
        List.of(listener),
        (existing, added) ->
            java.util.stream.Stream.concat(existing.stream(), added.stream()).toList());
  }
}
