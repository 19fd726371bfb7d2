package org.tongxing.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Process instance searches through the official client: alternatives ({@code $or}). */
abstract class ProcessInstanceSearches {

  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

  @Autowired CamundaClient client;

  @Test
  void shouldFindTheInstancesThatMatchAnyOfTheAlternatives() {
    // given three cases, one of them withdrawn
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("or-search")
                .startEvent()
                .userTask("review", t -> t.zeebeUserTask())
                .endEvent()
                .done(),
            "or-search.bpmn")
        .send()
        .join();
    long first = start();
    long withdrawn = start();
    start();
    client.newCancelInstanceCommand(withdrawn).send().join();

    // when searching for the withdrawn ones or the first
    List<Long> found =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newProcessInstanceSearchRequest()
                        .filter(
                            f ->
                                f.processDefinitionId("or-search")
                                    .orFilters(
                                        List.of(
                                            alternative ->
                                                alternative.state(ProcessInstanceState.TERMINATED),
                                            alternative -> alternative.processInstanceKey(first))))
                        .send()
                        .join()
                        .items()
                        .stream()
                        .map(ProcessInstance::getProcessInstanceKey)
                        .toList(),
                keys -> keys.size() == 2);

    // then
    assertThat(found).containsExactlyInAnyOrder(first, withdrawn);
  }

  @Test
  void shouldFindACaseByAVariablesValue() {
    // given two cases with their application ids
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("var-search")
                .startEvent()
                .userTask("review", t -> t.zeebeUserTask())
                .endEvent()
                .done(),
            "var-search.bpmn")
        .send()
        .join();
    long wanted =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("var-search")
            .latestVersion()
            .variables(java.util.Map.of("applicationId", "JY-2026-0042", "county", "lucheng"))
            .send()
            .join()
            .getProcessInstanceKey();
    client
        .newCreateInstanceCommand()
        .bpmnProcessId("var-search")
        .latestVersion()
        .variables(java.util.Map.of("applicationId", "JY-2026-0043", "county", "lucheng"))
        .send()
        .join();

    // when / then one is found by its id, both by their county
    assertThat(
            await()
                .atMost(VISIBLE_WITHIN)
                .until(
                    () ->
                        client
                            .newProcessInstanceSearchRequest()
                            .filter(
                                f -> f.variables(java.util.Map.of("applicationId", "JY-2026-0042")))
                            .send()
                            .join()
                            .items(),
                    items -> !items.isEmpty()))
        .extracting(ProcessInstance::getProcessInstanceKey)
        .containsExactly(wanted);
    assertThat(
            await()
                .atMost(VISIBLE_WITHIN)
                .until(
                    () ->
                        client
                            .newProcessInstanceSearchRequest()
                            .filter(
                                f ->
                                    f.processDefinitionId("var-search")
                                        .variables(java.util.Map.of("county", "lucheng")))
                            .send()
                            .join()
                            .items(),
                    items -> items.size() >= 2))
        .hasSize(2);
  }

  @Test
  void shouldFindACaseByAPatternOfAKeyInsideAVariablesValue() {
    // given two cases whose applicant is an object, and one whose applicant is a name
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("like-search")
                .startEvent()
                .userTask("review", t -> t.zeebeUserTask())
                .endEvent()
                .done(),
            "like-search.bpmn")
        .send()
        .join();
    long chen =
        startLike(
            java.util.Map.of("applicant", java.util.Map.of("name", "陈建国", "county", "lucheng")));
    long qian =
        startLike(
            java.util.Map.of("applicant", java.util.Map.of("name", "钱伟", "county", "lucheng")));
    long named = startLike(java.util.Map.of("applicant", "陈明"));

    // when / then: a key's value from its beginning, a key's whole value, a string's beginning
    assertThat(likeFound("applicant", "*\"name\":\"陈*", 1)).containsExactly(chen);
    assertThat(likeFound("applicant", "*\"county\":\"lucheng\"*", 2))
        .containsExactlyInAnyOrder(chen, qian);
    assertThat(likeFound("applicant", "\"陈*", 1)).containsExactly(named);
  }

  private long startLike(java.util.Map<String, Object> variables) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId("like-search")
        .latestVersion()
        .variables(variables)
        .send()
        .join()
        .getProcessInstanceKey();
  }

  private List<Long> likeFound(String variable, String pattern, int expected) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () ->
                client
                    .newProcessInstanceSearchRequest()
                    .filter(
                        f ->
                            f.processDefinitionId("like-search")
                                .variables(
                                    List.of(
                                        value -> value.name(variable).value(v -> v.like(pattern)))))
                    .send()
                    .join()
                    .items()
                    .stream()
                    .map(ProcessInstance::getProcessInstanceKey)
                    .toList(),
            keys -> keys.size() == expected);
  }

  @Test
  void shouldRefuseAnAlternativeWithAFieldItCannotFilterOnNamingIt() {
    // when / then
    assertThatThrownBy(
            () ->
                client
                    .newProcessInstanceSearchRequest()
                    .filter(f -> f.orFilters(List.of(a -> a.batchOperationId("batch-1"))))
                    .send()
                    .join())
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("batchOperationId");
  }

  private long start() {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId("or-search")
        .latestVersion()
        .send()
        .join()
        .getProcessInstanceKey();
  }
}
