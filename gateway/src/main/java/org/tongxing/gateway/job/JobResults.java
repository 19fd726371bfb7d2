package org.tongxing.gateway.job;

import io.camunda.client.protocol.rest.JobResult;
import io.camunda.client.protocol.rest.JobResultCorrections;
import io.camunda.client.protocol.rest.JobResultUserTask;
import io.camunda.client.protocol.rest.UserTaskProperties;
import java.util.ArrayList;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.gateway.support.Keys;

/**
 * What task listener jobs carry over REST: the user task they listen to, on activation; their
 * result (deny, or correct the task's attributes), on completion.
 */
final class JobResults {

  private JobResults() {}

  /** The engine's form of a job result; null when the request has none. */
  static EngineCommand.UserTaskJobResult toCommand(JobResult result) {
    if (result == null) {
      return null;
    }
    if (!(result instanceof JobResultUserTask userTask)) {
      throw new CommandRejectedException(
          RejectionType.INVALID_ARGUMENT,
          "Expected a job result of type 'userTask', but got '"
              + result.getType()
              + "': ad-hoc sub-processes are not built in the embedded engine");
    }
    JobResultCorrections corrections = userTask.getCorrections();
    return new EngineCommand.UserTaskJobResult(
        Boolean.TRUE.equals(userTask.getDenied()),
        userTask.getDeniedReason(),
        corrections == null
            ? null
            : new EngineCommand.Corrections(
                corrections.getAssignee(),
                corrections.getDueDate(),
                corrections.getFollowUpDate(),
                corrections.getCandidateGroups(),
                corrections.getCandidateUsers(),
                corrections.getPriority()));
  }

  /** The user task as a task listener's job shows it; dates and form key absent when unset. */
  static UserTaskProperties userTaskProperties(UserTaskRecord task) {
    UserTaskProperties properties = new UserTaskProperties();
    properties.setUserTaskKey(Keys.format(task.userTaskKey()));
    properties.setAction(task.action());
    properties.setAssignee(task.assignee().isEmpty() ? null : task.assignee());
    properties.setCandidateGroups(new ArrayList<>(task.candidateGroups()));
    properties.setCandidateUsers(new ArrayList<>(task.candidateUsers()));
    properties.setChangedAttributes(new ArrayList<>(task.changedAttributes()));
    properties.setDueDate(task.dueDate().isEmpty() ? null : task.dueDate());
    properties.setFollowUpDate(task.followUpDate().isEmpty() ? null : task.followUpDate());
    properties.setFormKey(task.formKey() < 0 ? null : Keys.format(task.formKey()));
    properties.setPriority(task.priority());
    return properties;
  }
}
