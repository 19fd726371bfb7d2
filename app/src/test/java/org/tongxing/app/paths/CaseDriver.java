package org.tongxing.app.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.MessageSubscriptionState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Drives policy cases through the official client as the departments' staff, the applicants and the
 * operators would, and reads back what happened: user tasks, called instances, variables, completed
 * elements, incidents, the notices handed to {@code notify-applicant}. Every path test uses it (the
 * bureau sandbox's side: {@link BureauSandbox}).
 *
 * <p>Every wait is bounded by {@link #VISIBLE_WITHIN}; one that runs out fails saying where the
 * case stands instead (active elements, jobs, incidents, called instances), so that a failing path
 * says where it stopped and why.
 */
final class CaseDriver {

  static final Duration VISIBLE_WITHIN = Duration.ofSeconds(30);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CamundaClient client;
  private final List<Long> started = new ArrayList<>();

  CaseDriver(CamundaClient client) {
    this.client = client;
  }

  // --- starting and ending --------------------------------------------------------------------

  long start(String processId, Map<String, Object> variables) {
    long key =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .variables(variables)
            .send()
            .join()
            .getProcessInstanceKey();
    started.add(key);
    return key;
  }

  /**
   * Cancels the cases this driver started that are still running, so that no timer of theirs fires
   * in a later test.
   */
  void cancelRunning() {
    for (long key : started) {
      if (instance(key).getState() == ProcessInstanceState.ACTIVE) {
        try {
          client.newCancelInstanceCommand(key).send().join();
        } catch (RuntimeException endedMeanwhile) {
          // it ended between the look-up and the cancellation
        }
      }
    }
    started.clear();
  }

  ProcessInstance instance(long instanceKey) {
    return client.newProcessInstanceGetRequest(instanceKey).send().join();
  }

  void awaitState(long instanceKey, ProcessInstanceState state) {
    explained(
        instanceKey,
        "the case " + state,
        () ->
            await()
                .atMost(VISIBLE_WITHIN)
                .until(() -> instance(instanceKey).getState(), actual -> actual == state));
  }

  /** The state the case ended in (completed, terminated), once it is no longer active. */
  ProcessInstanceState awaitEnded(long instanceKey) {
    return explained(
        instanceKey,
        "the case to end",
        () ->
            await()
                .atMost(VISIBLE_WITHIN)
                .until(
                    () -> instance(instanceKey).getState(),
                    state -> state != ProcessInstanceState.ACTIVE));
  }

  // --- user tasks -----------------------------------------------------------------------------

  /** The one open user task of the case at the element, once the search side shows it. */
  UserTask awaitTask(long instanceKey, String elementId) {
    return explained(
        instanceKey,
        "one open user task at " + elementId,
        () ->
            await()
                .atMost(VISIBLE_WITHIN)
                .until(() -> openTasks(instanceKey, elementId), items -> items.size() == 1)
                .get(0));
  }

  List<UserTask> openTasks(long instanceKey, String elementId) {
    return client
        .newUserTaskSearchRequest()
        .filter(
            f ->
                f.processInstanceKey(instanceKey).elementId(elementId).state(UserTaskState.CREATED))
        .send()
        .join()
        .items();
  }

  /** Every user task of the element in the case, in any state. */
  List<UserTask> tasks(long instanceKey, String elementId) {
    return client
        .newUserTaskSearchRequest()
        .filter(f -> f.processInstanceKey(instanceKey).elementId(elementId))
        .send()
        .join()
        .items();
  }

  UserTask task(long userTaskKey) {
    return client.newUserTaskGetRequest(userTaskKey).send().join();
  }

  /** Completes the open user task at the element, as the department's clerk would. */
  UserTask complete(long instanceKey, String elementId, Map<String, Object> variables) {
    UserTask task = awaitTask(instanceKey, elementId);
    complete(task, variables);
    return task;
  }

  void complete(UserTask task, Map<String, Object> variables) {
    client.newCompleteUserTaskCommand(task.getUserTaskKey()).variables(variables).send().join();
  }

  /** Claims the task for the clerk, then completes it. */
  void complete(UserTask task, String assignee, Map<String, Object> variables) {
    client.newAssignUserTaskCommand(task.getUserTaskKey()).assignee(assignee).send().join();
    complete(task, variables);
  }

  static void assertCandidateGroups(UserTask task, String... groups) {
    assertThat(task.getCandidateGroups()).containsExactly(groups);
  }

  // --- called instances -----------------------------------------------------------------------

  /** The one instance of {@code processId} the case called, once the search side shows it. */
  long awaitCalledInstance(long parentKey, String processId) {
    return explained(
        parentKey,
        "one instance of " + processId + " called by the case",
        () ->
            await()
                .atMost(VISIBLE_WITHIN)
                .until(() -> calledInstances(parentKey, processId), items -> items.size() == 1)
                .get(0)
                .getProcessInstanceKey());
  }

  /** The instances of {@code processId} the case called, once there are at least {@code count}. */
  List<ProcessInstance> awaitCalledInstances(long parentKey, String processId, int count) {
    return explained(
        parentKey,
        count + " instances of " + processId + " called by the case",
        () ->
            await()
                .atMost(VISIBLE_WITHIN)
                .until(
                    () -> calledInstances(parentKey, processId), items -> items.size() >= count));
  }

  private List<ProcessInstance> calledInstances(long parentKey, String processId) {
    return client
        .newProcessInstanceSearchRequest()
        .filter(f -> f.parentProcessInstanceKey(parentKey).processDefinitionId(processId))
        .send()
        .join()
        .items();
  }

  // --- elements -------------------------------------------------------------------------------

  /** The elements of the case that completed, by id (end events, tasks, gateways...). */
  List<String> completed(long instanceKey) {
    return client
        .newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instanceKey).state(ElementInstanceState.COMPLETED))
        .page(p -> p.limit(1000))
        .send()
        .join()
        .items()
        .stream()
        .map(ElementInstance::getElementId)
        .toList();
  }

  /** Waits until the element completed in the case (any element type). */
  void awaitCompleted(long instanceKey, String elementId) {
    explained(
        instanceKey,
        elementId + " completed",
        () ->
            await()
                .atMost(VISIBLE_WITHIN)
                .until(() -> completed(instanceKey), completed -> completed.contains(elementId)));
  }

  /** The ids of the end events the case completed. */
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

  // --- variables ------------------------------------------------------------------------------

  /** The case's own (root scope) variables, parsed from JSON. */
  Map<String, JsonNode> variables(long instanceKey) {
    Map<String, JsonNode> variables = new HashMap<>();
    for (Variable variable :
        client
            .newVariableSearchRequest()
            .filter(f -> f.processInstanceKey(instanceKey).scopeKey(instanceKey))
            .page(p -> p.limit(1000))
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

  Optional<JsonNode> variable(long instanceKey, String name) {
    return Optional.ofNullable(variables(instanceKey).get(name));
  }

  /** The case's variable once it has a value (not JSON {@code null}). */
  JsonNode awaitVariable(long instanceKey, String name) {
    return awaitVariable(instanceKey, name, value -> !value.isNull());
  }

  /** The case's variable once it has a value that passes the check. */
  JsonNode awaitVariable(long instanceKey, String name, Predicate<JsonNode> check) {
    return explained(
        instanceKey,
        "variable " + name + " to be set",
        () ->
            await()
                .atMost(VISIBLE_WITHIN)
                .until(
                    () -> variables(instanceKey).get(name),
                    value -> value != null && check.test(value)));
  }

  /** The notice the element's {@code notify-applicant} task was handed, once it was. */
  Map<String, Object> awaitNotice(long instanceKey, String elementId) {
    long elementInstanceKey =
        explained(
            instanceKey,
            elementId + " to be entered",
            () ->
                await()
                    .atMost(VISIBLE_WITHIN)
                    .until(
                        () ->
                            client
                                .newElementInstanceSearchRequest()
                                .filter(f -> f.processInstanceKey(instanceKey).elementId(elementId))
                                .send()
                                .join()
                                .items(),
                        items -> !items.isEmpty())
                    .get(0)
                    .getElementInstanceKey());
    String notice =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newVariableSearchRequest()
                        .filter(f -> f.scopeKey(elementInstanceKey).name("notice"))
                        .send()
                        .join()
                        .items(),
                items -> items.size() == 1)
            .get(0)
            .getValue();
    try {
      return JSON.readValue(notice, new TypeReference<>() {});
    } catch (Exception e) {
      throw new AssertionError(
          "Expected the notice of " + elementId + " in JSON, but " + notice, e);
    }
  }

  /** The text of the notice the element's {@code notify-applicant} task was handed. */
  String awaitNoticeText(long instanceKey, String elementId) {
    return String.valueOf(awaitNotice(instanceKey, elementId).get("text"));
  }

  // --- incidents ------------------------------------------------------------------------------

  /** The case's one open incident, once there is one. */
  Incident awaitIncident(long instanceKey) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .until(() -> openIncidents(instanceKey), items -> items.size() == 1)
        .get(0);
  }

  /** Gives the failed job one more try and resolves its incident, as an operator would. */
  void retry(Incident incident) {
    client.newUpdateRetriesCommand(incident.getJobKey()).retries(1).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
  }

  private List<Incident> openIncidents(long instanceKey) {
    return client
        .newIncidentSearchRequest()
        .filter(f -> f.processInstanceKey(instanceKey).state(IncidentState.ACTIVE))
        .send()
        .join()
        .items();
  }

  // --- messages -------------------------------------------------------------------------------

  /** Publishes the message for subscriptions open now (no time to live). */
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

  /** Correlates the message, trying again until a subscription of the case takes it. */
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

  /** Waits until the case waits for the message (its subscription is open). */
  void awaitSubscription(long instanceKey, String messageName) {
    explained(
        instanceKey,
        "a subscription to " + messageName,
        () ->
            await()
                .atMost(VISIBLE_WITHIN)
                .until(
                    () ->
                        client
                            .newMessageSubscriptionSearchRequest()
                            .filter(
                                f ->
                                    f.processInstanceKey(instanceKey)
                                        .messageName(messageName)
                                        .messageSubscriptionState(MessageSubscriptionState.CREATED))
                            .send()
                            .join()
                            .items(),
                    items -> !items.isEmpty()));
  }

  // --- the engine's clock ---------------------------------------------------------------------

  void pinClock(Instant time) {
    client.newPinClockCommand().time(time).send().join();
  }

  /** Pins the clock at an ISO date-time with its offset, {@code 2026-03-02T09:00:00+08:00}. */
  void pinClock(String offsetDateTime) {
    pinClock(OffsetDateTime.parse(offsetDateTime).toInstant());
  }

  void resetClock() {
    client.newResetClockCommand().send().join();
  }

  // --- where a case stands --------------------------------------------------------------------

  private <T> T explained(long instanceKey, String expected, Supplier<T> wait) {
    try {
      return wait.get();
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(
          "Expected %s within %s, but case %d %s"
              .formatted(expected, VISIBLE_WITHIN, instanceKey, where(instanceKey)),
          e);
    }
  }

  /** Where a case and the instances it called stand: active elements, jobs, open incidents. */
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
    List<String> jobs =
        client
            .newJobSearchRequest()
            .filter(f -> f.processInstanceKey(instanceKey))
            .send()
            .join()
            .items()
            .stream()
            .map(
                job ->
                    "%s %s retries %d %s"
                        .formatted(
                            job.getType(), job.getState(), job.getRetries(), job.getErrorMessage()))
            .toList();
    List<String> incidents =
        openIncidents(instanceKey).stream()
            .map(incident -> incident.getElementId() + ": " + incident.getErrorMessage())
            .toList();
    List<String> called =
        client
            .newProcessInstanceSearchRequest()
            .filter(f -> f.parentProcessInstanceKey(instanceKey))
            .send()
            .join()
            .items()
            .stream()
            .map(
                child ->
                    child.getProcessDefinitionId()
                        + " "
                        + child.getProcessInstanceKey()
                        + " "
                        + where(child.getProcessInstanceKey()))
            .toList();
    return "is active at %s with jobs %s and incidents %s; called: %s"
        .formatted(active, jobs, incidents, called);
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new AssertionError("Expected a variable value in JSON, but got " + json, e);
    }
  }
}
