package org.tongxing.app.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Drives petition cases through the official client: start, find and complete tasks, move the
 * engine clock, read variables and the notices handed to {@code notify-applicant}.
 */
final class PetitionCases {

  static final Duration VISIBLE_WITHIN = Duration.ofSeconds(15);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CamundaClient client;
  private final List<Long> started = new ArrayList<>();

  PetitionCases(CamundaClient client) {
    this.client = client;
  }

  /**
   * Cancels the cases this test started that are still running, so no timer of theirs fires later.
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

  /** A petition from 陈建国 of 鹿城区, received by the Petitions Bureau, with these changes. */
  long start(Map<String, Object> changes) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(
        "petitioner",
        Map.of(
            "name", "陈建国",
            "idNumber", "330302197804152112",
            "mobile", "13805770001",
            "address", "温州市鹿城区五马街道解放街12号",
            "certificateNumber", "33030219780415211242",
            "county", "lucheng"));
    variables.put("noticeChannel", "sms");
    variables.put("petitionChannel", "visit");
    variables.put("receivedBy", "petitions");
    variables.put("petitionSummary", "残疾人就业补贴未按时发放");
    variables.put("petitionContent", "本人所在单位已于2025年申请按比例就业补贴，至今未收到补贴，多次询问无果，请求依法处理。");
    variables.putAll(changes);
    long key =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("petition-handling")
            .latestVersion()
            .variables(variables)
            .send()
            .join()
            .getProcessInstanceKey();
    started.add(key);
    return key;
  }

  void pinClock(String offsetDateTime) {
    client
        .newPinClockCommand()
        .time(OffsetDateTime.parse(offsetDateTime).toInstant())
        .send()
        .join();
  }

  void resetClock() {
    client.newResetClockCommand().send().join();
  }

  /** The one open task of the element in the instance, once the search shows it. */
  UserTask awaitTask(long instanceKey, String elementId) {
    try {
      return awaitOpenTask(instanceKey, elementId);
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(
          "Expected one open task %s in instance %d, but the instance is at %s"
              .formatted(elementId, instanceKey, active(instanceKey)),
          e);
    }
  }

  /** The elements of the instance that are active now, with the jobs they wait for. */
  List<String> active(long instanceKey) {
    List<String> active = new ArrayList<>();
    client
        .newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instanceKey).state(ElementInstanceState.ACTIVE))
        .send()
        .join()
        .items()
        .forEach(element -> active.add(element.getElementId()));
    client
        .newJobSearchRequest()
        .filter(f -> f.processInstanceKey(instanceKey))
        .send()
        .join()
        .items()
        .forEach(
            job ->
                active.add(
                    "job %s %s retries %d %s"
                        .formatted(
                            job.getType(),
                            job.getState(),
                            job.getRetries(),
                            job.getErrorMessage())));
    return active;
  }

  private UserTask awaitOpenTask(long instanceKey, String elementId) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .failFast(
            "Expected task "
                + elementId
                + " of instance "
                + instanceKey
                + ", but an incident was"
                + " raised",
            () -> assertThat(incidents(instanceKey)).isEmpty())
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

  /** The messages of the instance's open incidents (empty when there are none). */
  List<String> incidents(long instanceKey) {
    return client
        .newIncidentSearchRequest()
        .filter(f -> f.processInstanceKey(instanceKey))
        .send()
        .join()
        .items()
        .stream()
        .filter(incident -> incident.getState() == IncidentState.ACTIVE)
        .map(incident -> incident.getElementId() + ": " + incident.getErrorMessage())
        .toList();
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

  UserTask task(long userTaskKey) {
    return client.newUserTaskGetRequest(userTaskKey).send().join();
  }

  void complete(UserTask task, Map<String, Object> variables) {
    client.newCompleteUserTaskCommand(task.getUserTaskKey()).variables(variables).send().join();
  }

  /** The instance of {@code processId} that the case called, once the search shows it. */
  long awaitCalled(long parentKey, String processId) {
    try {
      return awaitCalledInstance(parentKey, processId);
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(
          "Expected instance %d to call %s, but it is at %s; incidents %s"
              .formatted(parentKey, processId, active(parentKey), incidents(parentKey)),
          e);
    }
  }

  private long awaitCalledInstance(long parentKey, String processId) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () ->
                client
                    .newProcessInstanceSearchRequest()
                    .filter(
                        f -> f.parentProcessInstanceKey(parentKey).processDefinitionId(processId))
                    .send()
                    .join()
                    .items(),
            items -> items.size() == 1)
        .get(0)
        .getProcessInstanceKey();
  }

  ProcessInstanceState awaitEnded(long instanceKey) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () -> client.newProcessInstanceGetRequest(instanceKey).send().join().getState(),
            state -> state != ProcessInstanceState.ACTIVE);
  }

  ProcessInstance instance(long instanceKey) {
    return client.newProcessInstanceGetRequest(instanceKey).send().join();
  }

  /** The elements of the instance that completed, by id (end events, tasks, gateways...). */
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

  void awaitCompleted(long instanceKey, String elementId) {
    await().atMost(VISIBLE_WITHIN).until(() -> completed(instanceKey).contains(elementId));
  }

  /** The instance's own variables (not those of its elements), as JSON. */
  Map<String, JsonNode> variables(long instanceKey) {
    return client
        .newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(instanceKey).scopeKey(instanceKey))
        .page(p -> p.limit(1000))
        .send()
        .join()
        .items()
        .stream()
        .collect(Collectors.toMap(Variable::getName, variable -> json(variable.getValue())));
  }

  JsonNode awaitVariable(long instanceKey, String name) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .until(() -> variables(instanceKey).get(name), value -> value != null && !value.isNull());
  }

  /** The notice the element's notify-applicant task handed over, once it did. */
  Map<String, Object> awaitNotice(long instanceKey, String elementId) {
    long elementInstanceKey =
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
            .getElementInstanceKey();
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

  /** The text of the notice the element's notify-applicant task handed over. */
  String awaitNoticeText(long instanceKey, String elementId) {
    return String.valueOf(awaitNotice(instanceKey, elementId).get("text"));
  }

  private static JsonNode json(String value) {
    try {
      return JSON.readTree(value);
    } catch (Exception e) {
      throw new AssertionError("Expected a variable value in JSON, but got " + value, e);
    }
  }
}
