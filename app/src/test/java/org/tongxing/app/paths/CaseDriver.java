package org.tongxing.app.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Drives a policy case through the official client as the tasklist and the bureaus would, and
 * reads back what happened: its user tasks, variables, end events and incidents, and what the
 * sandbox's treasury paid and its notification service sent. Every wait is bounded.
 */
final class CaseDriver {

  static final Duration VISIBLE_WITHIN = Duration.ofSeconds(30);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CamundaClient client;
  private final RestClient sandbox;

  CaseDriver(CamundaClient client, int port) {
    this.client = client;
    this.sandbox = RestClient.create("http://localhost:" + port + "/sandbox");
  }

  long start(String processId, Map<String, Object> variables) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(variables)
        .send()
        .join()
        .getProcessInstanceKey();
  }

  /** The open user task of the case at the element, once the search side shows it. */
  UserTask awaitTask(long instanceKey, String elementId) {
    return explained(
        instanceKey,
        "an open user task at " + elementId,
        () ->
            awaitOpenTask(instanceKey, elementId));
  }

  private UserTask awaitOpenTask(long instanceKey, String elementId) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(
                        f ->
                            f.processInstanceKey(instanceKey)
                                .elementId(elementId)
                                .state(UserTaskState.CREATED))
                    .send()
                    .join()
                    .items(),
            items -> items.size() == 1)
        .get(0);
  }

  /** Completes the open user task at the element, as the department's clerk would. */
  UserTask complete(long instanceKey, String elementId, Map<String, Object> variables) {
    UserTask task = awaitTask(instanceKey, elementId);
    client.newCompleteUserTaskCommand(task.getUserTaskKey()).variables(variables).send().join();
    return task;
  }

  /** The active instance the case's call activity started of the process. */
  long awaitCalledInstance(long parentKey, String processId) {
    return explained(
        parentKey,
        "an active instance of " + processId + " called by the case",
        () ->
            await()
                .atMost(VISIBLE_WITHIN)
                .until(
                    () ->
                        client
                            .newProcessInstanceSearchRequest()
                            .filter(
                                f ->
                                    f.parentProcessInstanceKey(parentKey)
                                        .processDefinitionId(processId)
                                        .state(ProcessInstanceState.ACTIVE))
                            .send()
                            .join()
                            .items(),
                    items -> items.size() == 1)
                .get(0)
                .getProcessInstanceKey());
  }

  void awaitState(long instanceKey, ProcessInstanceState state) {
    explained(
        instanceKey,
        "the case " + state,
        () ->
            await()
                .atMost(VISIBLE_WITHIN)
                .until(
                    () -> client.newProcessInstanceGetRequest(instanceKey).send().join().getState(),
                    actual -> actual == state));
  }

  /**
   * Runs a bounded wait; when it times out, fails naming what the case is doing instead: its active
   * elements and its incidents, so that a failing path says where it stopped and why.
   */
  private <T> T explained(long instanceKey, String expected, java.util.function.Supplier<T> wait) {
    try {
      return wait.get();
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError(
          "Expected %s within %s, but the case is at %s with incidents %s"
              .formatted(expected, VISIBLE_WITHIN, activeElements(instanceKey), incidents(instanceKey)),
          e);
    }
  }

  private List<String> activeElements(long instanceKey) {
    return client
        .newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instanceKey).state(ElementInstanceState.ACTIVE))
        .send()
        .join()
        .items()
        .stream()
        .map(ElementInstance::getElementId)
        .toList();
  }

  private List<String> incidents(long instanceKey) {
    return client
        .newIncidentSearchRequest()
        .filter(f -> f.processInstanceKey(instanceKey).state(IncidentState.ACTIVE))
        .send()
        .join()
        .items()
        .stream()
        .map(incident -> incident.getElementId() + ": " + incident.getErrorMessage())
        .toList();
  }

  /** Waits until the element completed in the case (any element type). */
  void awaitCompleted(long instanceKey, String elementId) {
    explained(instanceKey, elementId + " completed", () -> awaitCompletedElement(instanceKey, elementId));
  }

  private Object awaitCompletedElement(long instanceKey, String elementId) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () ->
                client
                    .newElementInstanceSearchRequest()
                    .filter(
                        f ->
                            f.processInstanceKey(instanceKey)
                                .elementId(elementId)
                                .state(ElementInstanceState.COMPLETED))
                    .send()
                    .join()
                    .items(),
            items -> !items.isEmpty());
  }

  List<String> completedEndEvents(long instanceKey) {
    return client
        .newElementInstanceSearchRequest()
        .filter(
            f ->
                f.processInstanceKey(instanceKey)
                    .type(ElementInstanceType.END_EVENT)
                    .state(ElementInstanceState.COMPLETED))
        .send()
        .join()
        .items()
        .stream()
        .map(ElementInstance::getElementId)
        .toList();
  }

  /** The instance's own (root scope) variables, parsed from JSON. */
  Map<String, JsonNode> variables(long instanceKey) {
    Map<String, JsonNode> variables = new HashMap<>();
    for (Variable variable :
        client
            .newVariableSearchRequest()
            .filter(f -> f.processInstanceKey(instanceKey).scopeKey(instanceKey))
            .send()
            .join()
            .items()) {
      String value =
          Boolean.TRUE.equals(variable.isTruncated())
              ? client.newVariableGetRequest(variable.getVariableKey()).send().join().getValue()
              : variable.getValue();
      variables.put(variable.getName(), parse(value));
    }
    return variables;
  }

  /** Waits until the variable has a value that passes the check, and returns it. */
  JsonNode awaitVariable(long instanceKey, String name, java.util.function.Predicate<JsonNode> check) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .until(() -> variables(instanceKey).get(name), value -> value != null && check.test(value));
  }

  Incident awaitIncident(long instanceKey) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () ->
                client
                    .newIncidentSearchRequest()
                    .filter(f -> f.processInstanceKey(instanceKey).state(IncidentState.ACTIVE))
                    .send()
                    .join()
                    .items(),
            items -> items.size() == 1)
        .get(0);
  }

  /** Gives the failed job one more try and resolves its incident, as an operator would. */
  void retry(Incident incident) {
    client.newUpdateRetriesCommand(incident.getJobKey()).retries(1).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
  }

  void publish(String messageName, String correlationKey, Map<String, Object> variables) {
    client
        .newPublishMessageCommand()
        .messageName(messageName)
        .correlationKey(correlationKey)
        .timeToLive(Duration.ZERO)
        .variables(variables)
        .send()
        .join();
  }

  /** Waits until the case waits for the message (its subscription is open). */
  void awaitSubscription(long instanceKey, String messageName) {
    explained(
        instanceKey, "a subscription to " + messageName, () -> awaitOpenSubscription(instanceKey, messageName));
  }

  private Object awaitOpenSubscription(long instanceKey, String messageName) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () ->
                client
                    .newMessageSubscriptionSearchRequest()
                    .filter(
                        f ->
                            f.processInstanceKey(instanceKey)
                                .messageName(messageName)
                                .messageSubscriptionState(
                                    io.camunda.client.api.search.enums.MessageSubscriptionState
                                        .CREATED))
                    .send()
                    .join()
                    .items(),
            items -> !items.isEmpty());
  }

  void pinClock(Instant time) {
    client.newPinClockCommand().time(time).send().join();
  }

  void resetClock() {
    client.newResetClockCommand().send().join();
  }

  /** What the sandbox's treasury paid for the case, oldest first. */
  List<Map<String, Object>> payments(String caseId) {
    return readBack("/finance/payments?caseId={caseId}", caseId);
  }

  /** What the sandbox's notification service sent for the case, oldest first. */
  List<Map<String, Object>> notices(String caseId) {
    return readBack("/notifications/notices?caseId={caseId}", caseId);
  }

  /** The DPF registry's entry of the institution. */
  JsonNode designatedInstitution(String creditCode) {
    return parse(
        sandbox.get().uri("/dpf/designated-institutions/{code}", creditCode).retrieve().body(String.class));
  }

  void failNext(String system, int requests) {
    sandbox
        .put()
        .uri("/admin/faults")
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("system", system, "failNext", requests))
        .retrieve()
        .toBodilessEntity();
  }

  void resetFaults() {
    sandbox.delete().uri("/admin/faults").retrieve().toBodilessEntity();
  }

  static void assertCandidateGroups(UserTask task, String... groups) {
    assertThat(task.getCandidateGroups()).containsExactly(groups);
  }

  private List<Map<String, Object>> readBack(String uri, String caseId) {
    return sandbox
        .get()
        .uri(uri, caseId)
        .retrieve()
        .body(new ParameterizedTypeReference<List<Map<String, Object>>>() {});
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
