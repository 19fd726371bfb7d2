package org.tongxing.workers.reminders;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.UserTaskState;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * {@link OpenTasks} through the Camunda client, so reminders work on a Camunda 8 cluster too. The
 * client is looked up when first used: apps and tests without one still start.
 */
@Component
public class CamundaOpenTasks implements OpenTasks {

  private final ObjectProvider<CamundaClient> client;

  public CamundaOpenTasks(ObjectProvider<CamundaClient> client) {
    this.client = client;
  }

  @Override
  public List<OpenTask> find(long processInstanceKey, String elementId) {
    return client
        .getObject()
        .newUserTaskSearchRequest()
        .filter(
            filter ->
                filter
                    .processInstanceKey(processInstanceKey)
                    .elementId(elementId)
                    .state(UserTaskState.CREATED))
        .send()
        .join()
        .items()
        .stream()
        .map(
            task ->
                new OpenTask(
                    task.getUserTaskKey(),
                    task.getPriority() == null ? 0 : task.getPriority(),
                    task.getCandidateGroups() == null ? List.of() : task.getCandidateGroups()))
        .toList();
  }

  @Override
  public void raisePriority(long userTaskKey, int priority) {
    try {
      client.getObject().newUpdateUserTaskCommand(userTaskKey).priority(priority).send().join();
    } catch (ProblemException e) {
      // completed since the search showed it open: nothing left to remind of
      if (e.code() != HttpStatus.NOT_FOUND.value()) {
        throw e;
      }
    }
  }
}
