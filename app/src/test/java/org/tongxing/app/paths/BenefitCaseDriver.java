package org.tongxing.app.paths;

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
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Drives a policy path through the official client as the people of the departments and the
 * applicant would, and reads back what the bureau sandbox recorded: the shared steps of the path
 * tests, so that each test reads as the policy's story.
 */
final class BenefitCaseDriver {

  static final Duration VISIBLE_WITHIN = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CamundaClient client;
  private final RestClient sandbox;

  BenefitCaseDriver(CamundaClient client, int port) {
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

  /** The open user task of the element in the instance, once the search shows it. */
  UserTask awaitTask(long instanceKey, String elementId) {
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

  /** Every user task of the element in the instance, in any state. */
  List<UserTask> tasks(long instanceKey, String elementId) {
    return client
        .newUserTaskSearchRequest()
        .filter(f -> f.processInstanceKey(instanceKey).elementId(elementId))
        .send()
        .join()
        .items();
  }

  void complete(UserTask task, String assignee, Map<String, Object> variables) {
    client.newAssignUserTaskCommand(task.getUserTaskKey()).assignee(assignee).send().join();
    client.newCompleteUserTaskCommand(task.getUserTaskKey()).variables(variables).send().join();
  }

  /** The process instance the call activity of {@code instanceKey} started, the n-th from 0. */
  List<ProcessInstance> awaitChildren(long instanceKey, int count) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () ->
                client
                    .newProcessInstanceSearchRequest()
                    .filter(f -> f.parentProcessInstanceKey(instanceKey))
                    .send()
                    .join()
                    .items(),
            items -> items.size() >= count);
  }

  void awaitEnded(long instanceKey) {
    try {
      await()
          .atMost(VISIBLE_WITHIN)
          .until(
              () -> client.newProcessInstanceGetRequest(instanceKey).send().join().getState(),
              state -> state == ProcessInstanceState.COMPLETED);
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(
          "Expected process instance %d to complete, but %s"
              .formatted(instanceKey, where(instanceKey)),
          e);
    }
  }

  /** Where an instance and the instances it called stand: active elements and open incidents. */
  String where(long instanceKey) {
    List<String> active =
        client
            .newElementInstanceSearchRequest()
            .filter(f -> f.processInstanceKey(instanceKey).state(ElementInstanceState.ACTIVE))
            .send()
            .join()
            .items()
            .stream()
            .map(ElementInstance::getElementId)
            .toList();
    List<String> incidents =
        client
            .newIncidentSearchRequest()
            .filter(f -> f.processInstanceKey(instanceKey).state(IncidentState.ACTIVE))
            .send()
            .join()
            .items()
            .stream()
            .map(incident -> incident.getElementId() + ": " + incident.getErrorMessage())
            .toList();
    List<String> children =
        client
            .newProcessInstanceSearchRequest()
            .filter(f -> f.parentProcessInstanceKey(instanceKey))
            .send()
            .join()
            .items()
            .stream()
            .map(
                child -> child.getProcessInstanceKey() + " " + where(child.getProcessInstanceKey()))
            .toList();
    return "it is active at %s with incidents %s; called: %s"
        .formatted(active, incidents, children);
  }

  /** The ids of the end events the instance completed. */
  List<String> endEvents(long instanceKey) {
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

  /** Whether the element was entered and completed in the instance. */
  boolean passed(long instanceKey, String elementId) {
    return !client
        .newElementInstanceSearchRequest()
        .filter(
            f ->
                f.processInstanceKey(instanceKey)
                    .elementId(elementId)
                    .state(ElementInstanceState.COMPLETED))
        .send()
        .join()
        .items()
        .isEmpty();
  }

  /** A variable of the instance's own scope, parsed; waits until the search shows it. */
  JsonNode awaitVariable(long instanceKey, String name) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .until(() -> variable(instanceKey, name), Optional::isPresent)
        .get();
  }

  Optional<JsonNode> variable(long instanceKey, String name) {
    return client
        .newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(instanceKey).name(name))
        .send()
        .join()
        .items()
        .stream()
        .filter(variable -> variable.getScopeKey() == instanceKey)
        .findFirst()
        .map(Variable::getValue)
        .map(BenefitCaseDriver::parse);
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
            items -> !items.isEmpty())
        .get(0);
  }

  /** What an operator does once the bureau is back: give the job a retry, resolve the incident. */
  void retryAfterIncident(Incident incident) {
    client.newUpdateRetriesCommand(incident.getJobKey()).retries(1).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
  }

  void correlate(String messageName, String correlationKey, Map<String, Object> variables) {
    await()
        .atMost(VISIBLE_WITHIN)
        .ignoreExceptions()
        .until(
            () ->
                client
                    .newCorrelateMessageCommand()
                    .messageName(messageName)
                    .correlationKey(correlationKey)
                    .variables(variables)
                    .send()
                    .join(),
            result -> result != null);
  }

  void pinClock(Duration fromNow) {
    client.newPinClockCommand().time(Instant.now().plus(fromNow)).send().join();
  }

  void releaseClock() {
    client.newResetClockCommand().send().join();
  }

  // --- the bureau sandbox ---------------------------------------------------------------------

  void failNext(String system, int count) {
    faults(Map.of("system", system, "failNext", count));
  }

  void failAlways(String system) {
    faults(Map.of("system", system, "failureRate", 1.0));
  }

  void resetSandbox() {
    sandbox.delete().uri("/admin/faults").retrieve().toBodilessEntity();
    sandbox.delete().uri("/admin/benefits").retrieve().toBodilessEntity();
  }

  List<Map<String, Object>> payments(String caseId) {
    return list("/finance/payments?caseId={caseId}", caseId);
  }

  List<Map<String, Object>> notices(String caseId) {
    return list("/notifications/notices?caseId={caseId}", caseId);
  }

  /** The notices of a case, once there are {@code count}. */
  List<Map<String, Object>> awaitNotices(String caseId, int count) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .until(() -> notices(caseId), notices -> notices.size() >= count);
  }

  /** A payment's amount in yuan, compared by value ({@code 13680} = {@code 13680.00}). */
  static BigDecimal yuan(Map<String, Object> payment) {
    return new BigDecimal(String.valueOf(payment.get("amount"))).stripTrailingZeros();
  }

  /** The DPF benefit register's record, if any. */
  Optional<Map<String, Object>> benefit(String scheme, String subject, String period) {
    try {
      return Optional.ofNullable(
          sandbox
              .get()
              .uri("/dpf/benefits/{scheme}/{subject}/{period}", scheme, subject, period)
              .retrieve()
              .body(new ParameterizedTypeReference<Map<String, Object>>() {}));
    } catch (HttpClientErrorException.NotFound none) {
      return Optional.empty();
    }
  }

  private void faults(Map<String, Object> settings) {
    sandbox
        .put()
        .uri("/admin/faults")
        .contentType(MediaType.APPLICATION_JSON)
        .body(settings)
        .retrieve()
        .toBodilessEntity();
  }

  private List<Map<String, Object>> list(String uri, String caseId) {
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
