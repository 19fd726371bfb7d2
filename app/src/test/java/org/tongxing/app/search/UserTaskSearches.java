package org.tongxing.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.UserTaskFilter;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tasklist's searches through the official client: a department's open tasks, a clerk's, by
 * process, by due and follow-up dates, by priority and by the values of variables.
 */
abstract class UserTaskSearches {

  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);
  private static final AtomicInteger RUNS = new AtomicInteger();

  @Autowired CamundaClient client;

  private String processId;
  private long definitionKey;
  private long lucheng;
  private long ouhai;
  private long longwan;

  /**
   * Three cases at a review task: Lucheng's due soon and urgent, Ouhai's due later, Longwan's
   * already reviewed.
   */
  @BeforeEach
  void startThreeCases() {
    processId = "task-search-" + RUNS.incrementAndGet();
    definitionKey =
        client
            .newDeployResourceCommand()
            .addProcessModel(
                Bpmn.createExecutableProcess(processId)
                    .name("就业补贴")
                    .startEvent()
                    .userTask(
                        "review",
                        t ->
                            t.name("审核")
                                .zeebeUserTask()
                                .zeebeCandidateGroupsExpression("groups")
                                .zeebeCandidateUsersExpression("users")
                                .zeebeDueDateExpression("due")
                                .zeebeFollowUpDateExpression("followUp")
                                .zeebeTaskPriority("=priority")
                                .zeebeInputExpression("applicationId + \"-review\"", "reviewId"))
                    .endEvent()
                    .done(),
                processId + ".bpmn")
            .send()
            .join()
            .getProcesses()
            .get(0)
            .getProcessDefinitionKey();
    lucheng =
        start(
            "lucheng",
            List.of("dpf", "county-lucheng"),
            List.of("dpf-zhang"),
            "2026-03-02T09:00:00+08:00",
            "2026-03-01T09:00:00+08:00",
            80);
    ouhai =
        start(
            "ouhai",
            List.of("dpf"),
            List.of(),
            "2026-04-01T09:00:00+08:00",
            "2026-03-20T09:00:00+08:00",
            50);
    longwan =
        start(
            "longwan",
            List.of("dpf"),
            List.of(),
            "2026-05-01T09:00:00+08:00",
            "2026-04-20T09:00:00+08:00",
            30);
    UserTask reviewed = task(longwan);
    client.newCompleteUserTaskCommand(reviewed.getUserTaskKey()).send().join();
    client.newAssignUserTaskCommand(task(ouhai).getUserTaskKey()).assignee("dpf-li").send().join();
  }

  @Test
  void shouldFindADepartmentsOpenTasksOfAProcess() {
    assertThat(
            found(
                f -> f.bpmnProcessId(processId).state(UserTaskState.CREATED).candidateGroup("dpf"),
                2))
        .containsExactlyInAnyOrder(lucheng, ouhai);
    assertThat(
            found(f -> f.processDefinitionKey(definitionKey).candidateGroup("county-lucheng"), 1))
        .containsExactly(lucheng);
    assertThat(found(f -> f.processDefinitionKey(definitionKey).candidateUser("dpf-zhang"), 1))
        .containsExactly(lucheng);
  }

  @Test
  void shouldFindAClerksTasksAndTheCompletedOnes() {
    assertThat(found(f -> f.bpmnProcessId(processId).assignee("dpf-li"), 1)).containsExactly(ouhai);
    List<UserTask> completed =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newUserTaskSearchRequest()
                        .filter(f -> f.bpmnProcessId(processId).state(UserTaskState.COMPLETED))
                        .send()
                        .join()
                        .items(),
                items -> items.size() == 1);
    assertThat(completed.get(0).getProcessInstanceKey()).isEqualTo(longwan);
    assertThat(completed.get(0).getCompletionDate()).isNotNull();
    assertThat(completed.get(0).getProcessName()).isEqualTo("就业补贴");
    assertThat(completed.get(0).getName()).isEqualTo("审核");
  }

  @Test
  void shouldFindTasksByDueAndFollowUpDatesAndPriority() {
    assertThat(
            found(
                f ->
                    f.bpmnProcessId(processId)
                        .dueDate(
                            d ->
                                d.gte(OffsetDateTime.parse("2026-03-01T00:00:00+08:00"))
                                    .lt(OffsetDateTime.parse("2026-04-15T00:00:00+08:00"))),
                2))
        .containsExactlyInAnyOrder(lucheng, ouhai);
    assertThat(
            found(
                f ->
                    f.bpmnProcessId(processId)
                        .followUpDate(
                            d -> d.lte(OffsetDateTime.parse("2026-03-01T09:00:00+08:00"))),
                1))
        .containsExactly(lucheng);
    assertThat(found(f -> f.bpmnProcessId(processId).priority(p -> p.gte(50)), 2))
        .containsExactlyInAnyOrder(lucheng, ouhai);
  }

  @Test
  void shouldFindTasksByTheValuesOfTheirCasesAndTheirOwnVariables() {
    assertThat(
            found(
                f -> f.bpmnProcessId(processId).processInstanceVariables(Map.of("county", "ouhai")),
                1))
        .containsExactly(ouhai);
    assertThat(
            found(
                f ->
                    f.bpmnProcessId(processId)
                        .localVariables(Map.of("reviewId", "JY-lucheng-review")),
                1))
        .containsExactly(lucheng);
  }

  @Test
  void shouldFindTasksByAPatternOfTheirCasesAndTheirOwnVariables() {
    assertThat(
            found(
                f ->
                    f.bpmnProcessId(processId)
                        .processInstanceVariables(
                            List.of(
                                v ->
                                    v.name("applicationId")
                                        .value(value -> value.like("\"JY-ou*")))),
                1))
        .containsExactly(ouhai);
    assertThat(
            found(
                f ->
                    f.bpmnProcessId(processId)
                        .localVariables(
                            List.of(
                                v ->
                                    v.name("reviewId")
                                        .value(value -> value.like("*lucheng-review\"")))),
                1))
        .containsExactly(lucheng);
    // the pattern must match the whole value
    assertThat(
            found(
                f ->
                    f.bpmnProcessId(processId)
                        .processInstanceVariables(
                            List.of(
                                v ->
                                    v.name("applicationId").value(value -> value.like("\"JY-ou")))),
                0))
        .isEmpty();
  }

  @Test
  void shouldSeeAVariableSetAfterTheTaskWasCreated() {
    // when the case's county is corrected while its task waits
    client.newSetVariablesCommand(lucheng).variables(Map.of("county", "longwan")).send().join();

    // then the task is found by the new value and no longer by the old one
    assertThat(
            found(
                f ->
                    f.bpmnProcessId(processId)
                        .processInstanceVariables(Map.of("county", "longwan")),
                2))
        .containsExactlyInAnyOrder(lucheng, longwan);
    assertThat(
            found(
                f ->
                    f.bpmnProcessId(processId)
                        .processInstanceVariables(Map.of("county", "lucheng")),
                0))
        .isEmpty();
  }

  @Test
  void shouldShowATaskAssigningWithItsOldAssigneeWhileItsListenerRuns() {
    // given a task whose assignment a task listener checks first
    String listened = processId + "-listened";
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess(listened)
                .startEvent()
                .userTask(
                    "review",
                    t ->
                        t.zeebeUserTask()
                            .zeebeCandidateGroups("dpf")
                            .zeebeTaskListener(l -> l.assigning().type(listened + "-check")))
                .endEvent()
                .done(),
            listened + ".bpmn")
        .send()
        .join();
    long instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(listened)
            .latestVersion()
            .send()
            .join()
            .getProcessInstanceKey();
    UserTask created = task(instance);

    // when the task is assigned, and before the listener has answered
    var assignment =
        client.newAssignUserTaskCommand(created.getUserTaskKey()).assignee("dpf-zhang").send();
    var job =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newActivateJobsCommand()
                        .jobType(listened + "-check")
                        .maxJobsToActivate(1)
                        .requestTimeout(Duration.ofSeconds(1))
                        .send()
                        .join()
                        .getJobs(),
                jobs -> !jobs.isEmpty())
            .get(0);

    // then the search shows the transition under way and the task as it was
    UserTask assigning =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () -> client.newUserTaskGetRequest(created.getUserTaskKey()).send().join(),
                t -> t.getState() == UserTaskState.ASSIGNING);
    assertThat(assigning.getAssignee()).isNull();

    // and once the listener agreed, the task is assigned
    client.newCompleteCommand(job).send().join();
    assignment.join();
    UserTask assigned =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () -> client.newUserTaskGetRequest(created.getUserTaskKey()).send().join(),
                t -> t.getState() == UserTaskState.CREATED && "dpf-zhang".equals(t.getAssignee()));
    assertThat(assigned.getCandidateGroups()).containsExactly("dpf");
  }

  private List<Long> found(Consumer<UserTaskFilter> filter, int expected) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () ->
                client.newUserTaskSearchRequest().filter(filter).send().join().items().stream()
                    .map(UserTask::getProcessInstanceKey)
                    .toList(),
            keys -> keys.size() == expected);
  }

  private UserTask task(long instanceKey) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(f -> f.processInstanceKey(instanceKey).state(UserTaskState.CREATED))
                    .send()
                    .join()
                    .items(),
            items -> items.size() == 1)
        .get(0);
  }

  private long start(
      String county,
      List<String> groups,
      List<String> users,
      String due,
      String followUp,
      int priority) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(
            Map.of(
                "applicationId",
                "JY-" + county,
                "county",
                county,
                "groups",
                groups,
                "users",
                users,
                "due",
                due,
                "followUp",
                followUp,
                "priority",
                priority))
        .send()
        .join()
        .getProcessInstanceKey();
  }
}
