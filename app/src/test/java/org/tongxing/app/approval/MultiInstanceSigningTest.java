package org.tongxing.app.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxing.app.TongxingAppTest;
import org.tongxing.app.process.ProcessModel;
import org.tongxing.app.process.ProcessStep;

/**
 * 会签 and 或签 as docs/approval-operations.md models them: a multi-instance user task, one task per
 * signer, the completion condition deciding when the step is done; driven through the client.
 */
@TongxingAppTest
class MultiInstanceSigningTest {

  private static final Duration PATIENCE = Duration.ofSeconds(15);

  @Autowired CamundaClient client;

  @Test
  void shouldMoveOnAfterTheFirstSignatureWhenAnyOneSigns() {
    // given 或签 by three signers
    String id = deploy("=numberOfCompletedInstances >= 1");
    long instance = start(id);
    List<UserTask> tasks = awaitOpenTasks(instance, 3);

    // when one signs
    client
        .newCompleteUserTaskCommand(tasks.get(1).getUserTaskKey())
        .variables(Map.of("decision", "approve", "reviewComment", "同意。"))
        .send()
        .join();

    // then the step is done: the others' tasks end and the case with them
    awaitEnded(instance);
    assertThat(openTasks(instance)).isEmpty();
  }

  @Test
  void shouldWaitForEverySignatureWhenAllSign() {
    // given 会签 by three signers
    String id = deploy(null);
    long instance = start(id);
    List<UserTask> tasks = awaitOpenTasks(instance, 3);

    // when two sign
    for (UserTask task : tasks.subList(0, 2)) {
      client
          .newCompleteUserTaskCommand(task.getUserTaskKey())
          .variables(Map.of("decision", "approve", "reviewComment", "同意。"))
          .send()
          .join();
    }

    // then the third still has to
    awaitOpenTasks(instance, 1);
    assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState())
        .isEqualTo(ProcessInstanceState.ACTIVE);

    // when the third signs, the step is done
    client
        .newCompleteUserTaskCommand(tasks.get(2).getUserTaskKey())
        .variables(Map.of("decision", "reject", "reviewComment", "不同意。"))
        .send()
        .join();
    awaitEnded(instance);
  }

  @Test
  void shouldDescribeTheStepAsAllSignOrAnyOneSigns() {
    // when
    ProcessModel anyOne = ProcessModel.of(model("any", "=numberOfCompletedInstances >= 1"));
    ProcessModel all = ProcessModel.of(model("all", null));

    // then
    ProcessStep.MultiInstance orSign =
        anyOne.step("Task_JointReview").orElseThrow().multiInstance();
    assertThat(orSign.anyOne()).isTrue();
    assertThat(all.step("Task_JointReview").orElseThrow().multiInstance().anyOne()).isFalse();
  }

  private String deploy(String completionCondition) {
    String id = "joint-review-" + UUID.randomUUID();
    client
        .newDeployResourceCommand()
        .addProcessModel(model(id, completionCondition), id + ".bpmn")
        .send()
        .join();
    return id;
  }

  private static BpmnModelInstance model(String id, String completionCondition) {
    return Bpmn.createExecutableProcess(id)
        .startEvent()
        .userTask(
            "Task_JointReview",
            task -> {
              task.name("联合审核")
                  .zeebeUserTask()
                  .zeebeAssigneeExpression("signer")
                  .zeebeInputExpression("null", "decision")
                  .zeebeInputExpression("null", "reviewComment")
                  .multiInstance(
                      loop -> {
                        loop.parallel()
                            .zeebeInputCollectionExpression("signers")
                            .zeebeInputElement("signer")
                            .zeebeOutputCollection("signatures")
                            .zeebeOutputElementExpression("{signer: signer, decision: decision}");
                        if (completionCondition != null) {
                          loop.completionCondition(completionCondition);
                        }
                      });
            })
        .endEvent()
        .done();
  }

  private long start(String id) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(id)
        .latestVersion()
        .variables(Map.of("signers", List.of("dpf-zhang", "hrss-wang", "civil-zhao")))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  private List<UserTask> awaitOpenTasks(long instance, int count) {
    return await()
        .atMost(PATIENCE)
        .until(() -> openTasks(instance), tasks -> tasks.size() == count);
  }

  private List<UserTask> openTasks(long instance) {
    return client
        .newUserTaskSearchRequest()
        .filter(f -> f.processInstanceKey(instance).state(UserTaskState.CREATED))
        .send()
        .join()
        .items();
  }

  private void awaitEnded(long instance) {
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState())
                    .as(
                        () ->
                            "incidents "
                                + client
                                    .newIncidentSearchRequest()
                                    .filter(f -> f.processInstanceKey(instance))
                                    .send()
                                    .join()
                                    .items()
                                    .stream()
                                    .map(i -> i.getErrorMessage())
                                    .toList())
                    .isEqualTo(ProcessInstanceState.COMPLETED));
  }
}
