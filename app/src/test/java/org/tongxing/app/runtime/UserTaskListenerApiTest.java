package org.tongxing.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.JobKind;
import io.camunda.client.api.search.enums.ListenerEventType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxing.app.TongxingAppTest;

/**
 * User task listeners through the real client: a worker denies or corrects, the user task command
 * waits for it and learns its denial, the search shows the intermediate state, and a listener out
 * of retries is an incident that can be resolved.
 */
@TongxingAppTest
class UserTaskListenerApiTest {

  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

  @Autowired CamundaClient client;

  private long start(BpmnModelInstance model, String processId) {
    client.newDeployResourceCommand().addProcessModel(model, processId + ".bpmn").send().join();
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .send()
        .join()
        .getProcessInstanceKey();
  }

  private UserTask awaitTask(long instanceKey, UserTaskState state) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(f -> f.processInstanceKey(instanceKey))
                    .send()
                    .join()
                    .items(),
            items -> items.size() == 1 && items.get(0).getState() == state)
        .get(0);
  }

  private List<ActivatedJob> activate(String type) {
    return client
        .newActivateJobsCommand()
        .jobType(type)
        .maxJobsToActivate(5)
        .timeout(Duration.ofMinutes(1))
        .requestTimeout(Duration.ofSeconds(2))
        .send()
        .join()
        .getJobs();
  }

  @Test
  void shouldRefuseACompletionWithoutAnOpinionWithTheListenersReason() {
    // given a completing listener that wants the reviewer's opinion (审批意见) on the task
    long instanceKey =
        start(
            Bpmn.createExecutableProcess("api-utl-opinion")
                .startEvent()
                .userTask(
                    "Task_Review",
                    t ->
                        t.zeebeUserTask()
                            .zeebeCandidateGroups("dpf")
                            .zeebeTaskListener(l -> l.completing().type("api-utl-check-opinion")))
                .endEvent()
                .done(),
            "api-utl-opinion");
    UserTask task = awaitTask(instanceKey, UserTaskState.CREATED);
    try (JobWorker worker =
        client
            .newWorker()
            .jobType("api-utl-check-opinion")
            .handler(
                (jobClient, job) -> {
                  boolean hasOpinion =
                      job.getVariablesAsMap().get("opinion") instanceof String opinion
                          && !opinion.isBlank();
                  jobClient
                      .newCompleteCommand(job)
                      .withResult(
                          r ->
                              r.forUserTask()
                                  .deny(!hasOpinion)
                                  .deniedReason(
                                      hasOpinion ? null : "请填写审批意见 (an opinion is required)"))
                      .send()
                      .join();
                })
            .pollInterval(Duration.ofMillis(20))
            .open()) {

      // when - then the completion is refused with the listener's reason
      assertThatThrownBy(
              () ->
                  client
                      .newCompleteUserTaskCommand(task.getUserTaskKey())
                      .action("approve")
                      .send()
                      .join())
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> {
                assertThat(e.code()).isEqualTo(409);
                assertThat(e.details().getDetail())
                    .isEqualTo(
                        "Completion of the User Task with key '"
                            + task.getUserTaskKey()
                            + "' was denied by Task Listener. Reason to deny:"
                            + " '请填写审批意见 (an opinion is required)'");
              });
      assertThat(awaitTask(instanceKey, UserTaskState.CREATED).getUserTaskKey())
          .isEqualTo(task.getUserTaskKey());

      // when the reviewer gives an opinion, the completion goes through
      client
          .newSetVariablesCommand(task.getElementInstanceKey())
          .variables(Map.of("opinion", "材料齐全，同意"))
          .local(true)
          .send()
          .join();
      client.newCompleteUserTaskCommand(task.getUserTaskKey()).action("approve").send().join();
    }

    // then
    assertThat(awaitTask(instanceKey, UserTaskState.COMPLETED).getUserTaskKey())
        .isEqualTo(task.getUserTaskKey());
    await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () -> client.newProcessInstanceGetRequest(instanceKey).send().join().getState(),
            state -> state == ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldShowTheTaskAssigningAndApplyTheListenersCorrections() {
    // given
    long instanceKey =
        start(
            Bpmn.createExecutableProcess("api-utl-assign")
                .startEvent()
                .userTask(
                    "Task_Review",
                    t ->
                        t.zeebeUserTask()
                            .zeebeTaskListener(l -> l.assigning().type("api-utl-substitute")))
                .endEvent()
                .done(),
            "api-utl-assign");
    UserTask task = awaitTask(instanceKey, UserTaskState.CREATED);

    // when
    CamundaFuture<?> assignment =
        client.newAssignUserTaskCommand(task.getUserTaskKey()).assignee("dpf-zhang").send();

    // then the worker sees the listener's job with its user task, which is ASSIGNING
    ActivatedJob job =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(() -> activate("api-utl-substitute"), jobs -> !jobs.isEmpty())
            .get(0);
    assertThat(job.getKind()).isEqualTo(JobKind.TASK_LISTENER);
    assertThat(job.getListenerEventType()).isEqualTo(ListenerEventType.ASSIGNING);
    assertThat(job.getUserTask().getUserTaskKey()).isEqualTo(task.getUserTaskKey());
    assertThat(job.getUserTask().getAssignee()).isEqualTo("dpf-zhang");
    assertThat(job.getUserTask().getChangedAttributes()).containsExactly("assignee");
    assertThat(job.getUserTask().getPriority()).isEqualTo(50);
    assertThat(awaitTask(instanceKey, UserTaskState.ASSIGNING).getAssignee()).isNull();
    assertThat((java.util.concurrent.Future<?>) assignment).isNotDone();

    // when dpf-zhang is away: dpf-li stands in, and it is urgent now
    client
        .newCompleteCommand(job)
        .withResult(r -> r.forUserTask().correctAssignee("dpf-li").correctPriority(80))
        .send()
        .join();

    // then the assignment is answered and the task has the corrections
    assignment.join();
    UserTask assigned =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () -> awaitTask(instanceKey, UserTaskState.CREATED),
                t -> "dpf-li".equals(t.getAssignee()));
    assertThat(assigned.getPriority()).isEqualTo(80);
  }

  @Test
  void shouldRaiseAnIncidentWhenAListenerRunsOutOfRetriesAndGoOnOnceResolved() {
    // given
    long instanceKey =
        start(
            Bpmn.createExecutableProcess("api-utl-incident")
                .startEvent()
                .userTask(
                    "Task_Review",
                    t ->
                        t.zeebeUserTask()
                            .zeebeTaskListener(
                                l -> l.completing().type("api-utl-archive").retries("1")))
                .endEvent()
                .done(),
            "api-utl-incident");
    UserTask task = awaitTask(instanceKey, UserTaskState.CREATED);
    CamundaFuture<?> completion = client.newCompleteUserTaskCommand(task.getUserTaskKey()).send();
    ActivatedJob job =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(() -> activate("api-utl-archive"), jobs -> !jobs.isEmpty())
            .get(0);

    // when
    client.newFailCommand(job).retries(0).errorMessage("档案系统不可用 (archive down)").send().join();

    // then
    Incident incident =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newIncidentSearchRequest()
                        .filter(f -> f.processInstanceKey(instanceKey))
                        .send()
                        .join()
                        .items(),
                items -> items.size() == 1)
            .get(0);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.TASK_LISTENER_NO_RETRIES);
    assertThat(incident.getErrorMessage()).isEqualTo("档案系统不可用 (archive down)");
    assertThat(awaitTask(instanceKey, UserTaskState.COMPLETING).getUserTaskKey())
        .isEqualTo(task.getUserTaskKey());

    // when
    client.newUpdateRetriesCommand(job).retries(1).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
    client
        .newCompleteCommand(
            await()
                .atMost(VISIBLE_WITHIN)
                .until(() -> activate("api-utl-archive"), jobs -> !jobs.isEmpty())
                .get(0))
        .send()
        .join();

    // then
    completion.join();
    await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () -> client.newProcessInstanceGetRequest(instanceKey).send().join().getState(),
            state -> state == ProcessInstanceState.COMPLETED);
  }
}
