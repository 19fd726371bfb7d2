package org.tongxing.app.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxing.app.diagram.ProcessPathReader;

/**
 * The gateway against a stub of the REST API: the requests the client sends and how replies map.
 */
class CamundaTasklistGatewayTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StubEngineApi engine;
  private CamundaClient client;
  private CamundaTasklistGateway gateway;

  @BeforeEach
  void startStubEngine() throws Exception {
    engine = new StubEngineApi();
    client =
        CamundaClient.newClientBuilder()
            .restAddress(engine.address())
            .preferRestOverGrpc(true)
            .build();
    gateway =
        new CamundaTasklistGateway(
            client,
            new TasklistProperties(50, ZoneId.of("Asia/Shanghai"), 2000),
            new ProcessPathReader(client));
  }

  @AfterEach
  void stop() {
    client.close();
    engine.close();
  }

  @Test
  void shouldSearchOncePerGroupAndForTheAssigneeAndMergeTheResults() throws Exception {
    // given task 1 is offered to dpf and hrss, task 2 only to hrss, task 3 is assigned to the user
    engine
        .reply(
            "POST",
            "/v2/user-tasks/search",
            200,
            page(task(1, "CREATED", "2025-01-05T02:00:00Z", null, "dpf", "hrss")))
        .reply(
            "POST",
            "/v2/user-tasks/search",
            200,
            page(
                task(1, "CREATED", "2025-01-05T02:00:00Z", null, "dpf", "hrss"),
                task(2, "CREATED", "2025-01-04T02:00:00Z", null, "hrss")))
        .reply(
            "POST",
            "/v2/user-tasks/search",
            200,
            page(
                task(3, "CREATED", "2025-01-06T02:00:00Z", "zhang", "finance"),
                task(4, "COMPLETED", "2025-01-01T02:00:00Z", "zhang", "finance")));

    // when
    List<UserTaskInfo> tasks =
        gateway.findOpenTasks(new TasklistUser("zhang", Set.of("hrss", "dpf")));

    // then each task once, oldest first, and the completed one left out
    assertThat(tasks).extracting(UserTaskInfo::key).containsExactly(2L, 1L, 3L);
    List<JsonNode> filters =
        engine.requestsTo("POST", "/v2/user-tasks/search").stream()
            .map(r -> read(r.body()).get("filter"))
            .toList();
    assertThat(filters).hasSize(3);
    assertThat(filters.get(0).toString())
        .contains("\"candidateGroup\"", "\"dpf\"", "\"state\"", "\"CREATED\"");
    assertThat(filters.get(1).toString()).contains("\"candidateGroup\"", "\"hrss\"");
    assertThat(filters.get(2).toString())
        .contains("\"assignee\"", "\"zhang\"")
        .doesNotContain("candidateGroup");
    assertThat(read(engine.requests().get(0).body()).at("/page/limit").asInt()).isEqualTo(50);
  }

  @Test
  void shouldReadATaskWithAllItsFields() {
    // given
    engine.reply(
        "GET", "/v2/user-tasks/7", 200, task(7, "CREATED", "2025-01-05T02:00:00Z", "zhang", "dpf"));

    // when
    UserTaskInfo task = gateway.findTask(7).orElseThrow();

    // then
    assertThat(task.key()).isEqualTo(7);
    assertThat(task.name()).isEqualTo("审核资格");
    assertThat(task.bpmnProcessId()).isEqualTo("employment-subsidy");
    assertThat(task.processName()).isEqualTo("就业补贴");
    assertThat(task.processInstanceKey()).isEqualTo(9001L);
    assertThat(task.assignee()).isEqualTo("zhang");
    assertThat(task.candidateGroups()).containsExactly("dpf");
    assertThat(task.formKey()).isEqualTo(5001L);
    assertThat(task.priority()).isEqualTo(50);
    assertThat(task.creationDate()).hasToString("2025-01-05T02:00Z");
    assertThat(task.isOpen()).isTrue();
  }

  @Test
  void shouldFindNoTaskWhenTheEngineHasNone() {
    // given
    engine.reply(
        "GET",
        "/v2/user-tasks/8",
        404,
        StubEngineApi.problem(404, "User task with key 8 not found"));

    // when / then
    assertThat(gateway.findTask(8)).isEmpty();
  }

  @Test
  void shouldReadTheFormSchemaWhetherTextOrObject() {
    // given
    engine
        .reply(
            "GET",
            "/v2/user-tasks/7/form",
            200,
            "{\"formId\": \"review\", \"version\": 1, \"formKey\": \"5001\", \"schema\":"
                + " \"{\\\"components\\\": []}\", \"tenantId\": \"<default>\"}")
        .reply(
            "GET",
            "/v2/user-tasks/8/form",
            200,
            "{\"formId\": \"review\", \"version\": 1, \"formKey\": \"5001\", \"schema\":"
                + " {\"components\": []}, \"tenantId\": \"<default>\"}");

    // when / then
    assertThat(gateway.findFormSchema(7)).contains("{\"components\": []}");
    assertThat(gateway.findFormSchema(8)).contains("{\"components\":[]}");
  }

  @Test
  void shouldReadOnlyTheProcessInstancesOwnVariables() throws Exception {
    // given
    engine.reply(
        "POST",
        "/v2/variables/search",
        200,
        """
{"items": [
  {"variableKey": "1", "name": "applicantName", "value": "\\"王小明\\"", "scopeKey": "9001", "processInstanceKey": "9001", "tenantId": "<default>", "isTruncated": false},
  {"variableKey": "2", "name": "loopCounter", "value": "1", "scopeKey": "9555", "processInstanceKey": "9001", "tenantId": "<default>", "isTruncated": false},
  {"variableKey": "3", "name": "attachment", "value": "\\"JVBERi0", "scopeKey": "9001", "processInstanceKey": "9001", "tenantId": "<default>", "isTruncated": true}
], "page": {"totalItems": 3}}
""");

    // when
    List<ProcessVariable> variables = gateway.findProcessVariables(9001);

    // then
    assertThat(variables)
        .containsExactly(
            new ProcessVariable("applicantName", "\"王小明\"", false),
            new ProcessVariable("attachment", "\"JVBERi0", true));
    JsonNode filter =
        read(engine.requestsTo("POST", "/v2/variables/search").get(0).body()).get("filter");
    assertThat(filter.toString()).contains("processInstanceKey", "9001");
  }

  @Test
  void shouldAssignWithoutTakingTheTaskFromSomeoneElse() {
    // given
    engine.reply("POST", "/v2/user-tasks/7/assignment", 204, null);

    // when
    gateway.assign(7, "zhang");

    // then
    JsonNode body = read(engine.requestsTo("POST", "/v2/user-tasks/7/assignment").get(0).body());
    assertThat(body.get("assignee").asText()).isEqualTo("zhang");
    assertThat(body.get("allowOverride").asBoolean()).isFalse();
  }

  @Test
  void shouldUnassignAndCompleteWithTypedVariables() {
    // given
    engine.reply("DELETE", "/v2/user-tasks/7/assignee", 204, null);
    engine.reply("POST", "/v2/user-tasks/7/completion", 204, null);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("decision", "approve");
    variables.put("amount", 24000.5);
    variables.put("documentsChecked", true);
    variables.put("county", null);

    // when
    gateway.unassign(7);
    gateway.complete(7, variables);

    // then
    assertThat(engine.requestsTo("DELETE", "/v2/user-tasks/7/assignee")).hasSize(1);
    JsonNode sent =
        read(engine.requestsTo("POST", "/v2/user-tasks/7/completion").get(0).body())
            .get("variables");
    assertThat(sent.get("decision").asText()).isEqualTo("approve");
    assertThat(sent.get("amount").isNumber()).isTrue();
    assertThat(sent.get("amount").asDouble()).isEqualTo(24000.5);
    assertThat(sent.get("documentsChecked").isBoolean()).isTrue();
    assertThat(sent.get("county").isNull()).isTrue();
  }

  @Test
  void shouldReportACommandTheEngineRejects() {
    // given
    engine.reply(
        "POST",
        "/v2/user-tasks/7/completion",
        409,
        StubEngineApi.problem(409, "User task 7 is already completed"));

    // when / then
    assertThatThrownBy(() -> gateway.complete(7, Map.of()))
        .isInstanceOf(TaskActionRejectedException.class)
        .hasMessageContaining("already completed");
  }

  @Test
  void shouldReportAnEngineThatCannotBeReached() {
    // given
    engine.close();

    // when / then
    assertThatThrownBy(() -> gateway.findOpenTasks(new TasklistUser("zhang", Set.of("dpf"))))
        .isInstanceOf(TasklistUnavailableException.class);
  }

  @Test
  void shouldReportAnEngineWithoutTheSearchEndpointAsUnavailable() {
    // when / then: a 404 of a search is a missing endpoint, not a missing task
    assertThatThrownBy(() -> gateway.findOpenTasks(new TasklistUser("zhang", Set.of("dpf"))))
        .isInstanceOf(TasklistUnavailableException.class)
        .hasMessageContaining("404");
  }

  private static String page(String... items) {
    return "{\"items\": ["
        + String.join(",", items)
        + "], \"page\": {\"totalItems\": "
        + items.length
        + "}}";
  }

  private static String task(
      long key, String state, String created, String assignee, String... groups) {
    String groupList = String.join(",", Arrays.stream(groups).map(g -> "\"" + g + "\"").toList());
    return """
{"userTaskKey": "%d", "name": "审核资格", "state": "%s", "assignee": %s, "elementId": "Task_ReviewEligibility",
 "candidateGroups": [%s], "candidateUsers": [], "processDefinitionId": "employment-subsidy",
 "processName": "就业补贴", "creationDate": "%s", "tenantId": "<default>", "processDefinitionVersion": 1,
 "customHeaders": {}, "priority": 50, "elementInstanceKey": "8001", "processDefinitionKey": "7001",
 "processInstanceKey": "9001", "formKey": "5001"}
"""
        .formatted(
            key, state, assignee == null ? "null" : "\"" + assignee + "\"", groupList, created);
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new AssertionError("Expected JSON, but got " + json, e);
    }
  }
}
