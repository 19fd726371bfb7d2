package org.tongxing.app.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import java.time.OffsetDateTime;
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
  void shouldSearchEachScopeAndMergeThemInTheSearchOrder() throws Exception {
    // given the user's own tasks (1, 3) and the departments' unclaimed ones (2, 4)
    engine
        .reply(
            "POST",
            "/v2/user-tasks/search",
            200,
            page(
                3,
                task(1, "CREATED", "2025-01-05T02:00:00Z", "zhang", "dpf"),
                task(3, "CREATED", "2025-01-07T02:00:00Z", "zhang", "finance")))
        .reply(
            "POST",
            "/v2/user-tasks/search",
            200,
            page(
                5,
                task(2, "CREATED", "2025-01-04T02:00:00Z", null, "hrss"),
                task(4, "COMPLETED", "2025-01-06T02:00:00Z", null, "dpf")));
    TaskSearch search =
        search(
            List.of(TaskScope.assignedTo("zhang"), TaskScope.unassignedIn(Set.of("hrss", "dpf"))),
            0,
            2);

    // when
    TaskSearchPage found = gateway.searchTasks(search);

    // then oldest first across both scopes, the completed one left out, totals added up
    assertThat(found.items()).extracting(UserTaskInfo::key).containsExactly(2L, 1L);
    assertThat(found.total()).isEqualTo(8);
    // the scopes are searched at once: their requests may arrive in either order
    List<JsonNode> bodies =
        engine.requestsTo("POST", "/v2/user-tasks/search").stream()
            .map(r -> read(r.body()))
            .sorted(
                java.util.Comparator.comparing(body -> body.get("filter").has("candidateGroup")))
            .toList();
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(0).get("filter").toString())
        .contains("\"assignee\"", "\"zhang\"", "\"state\"", "\"CREATED\"")
        .doesNotContain("candidateGroup");
    assertThat(bodies.get(1).get("filter").toString())
        .contains("\"candidateGroup\"", "\"$in\"", "\"dpf\"", "\"hrss\"", "\"$exists\"");
    // each scope from its first task to the end of the page, in the page's order
    assertThat(bodies.get(0).at("/page/from").asInt()).isZero();
    assertThat(bodies.get(0).at("/page/limit").asInt()).isEqualTo(2);
    assertThat(bodies.get(0).at("/sort/0/field").asText()).isEqualTo("creationDate");
  }

  @Test
  void shouldPassOneScopesPagingAndFiltersToTheEngine() throws Exception {
    // given
    engine.reply("POST", "/v2/user-tasks/search", 200, page(120));
    TaskSearch search =
        new TaskSearch(
            List.of(TaskScope.offeredTo(Set.of("dpf"))),
            false,
            "employment-subsidy",
            OffsetDateTime.parse("2026-01-01T00:00:00+08:00"),
            OffsetDateTime.parse("2026-02-01T00:00:00+08:00"),
            null,
            null,
            60,
            Map.of("applicantName", "同行"),
            Map.of("county", "lucheng"),
            TaskSearch.Order.PRIORITY,
            true,
            100,
            50);

    // when
    TaskSearchPage found = gateway.searchTasks(search);

    // then
    assertThat(found.total()).isEqualTo(120);
    JsonNode body = read(engine.requestsTo("POST", "/v2/user-tasks/search").get(0).body());
    assertThat(body.at("/page/from").asInt()).isEqualTo(100);
    assertThat(body.at("/page/limit").asInt()).isEqualTo(50);
    assertThat(body.at("/sort/0/field").asText()).isEqualTo("priority");
    assertThat(body.at("/sort/0/order").asText()).isEqualToIgnoringCase("desc");
    JsonNode filter = body.get("filter");
    assertThat(filter.get("candidateGroup").toString()).contains("\"dpf\"");
    assertThat(filter.get("processDefinitionId").asText()).isEqualTo("employment-subsidy");
    assertThat(filter.at("/dueDate/$gte").asText()).startsWith("2026-01-01T00:00");
    assertThat(filter.at("/dueDate/$lt").asText()).startsWith("2026-02-01T00:00");
    assertThat(filter.at("/priority/$gte").asInt()).isEqualTo(60);
    assertThat(filter.get("processInstanceVariables").toString())
        .contains("applicantName", "*同行*", "county", "lucheng");
  }

  @Test
  void shouldReadTheCaseSummariesFromTheProcessesOwnVariables() throws Exception {
    // given
    engine.reply(
        "POST",
        "/v2/variables/search",
        200,
"""
{"items": [
  {"variableKey": "1", "name": "applicationId", "value": "\\"JY-1\\"", "scopeKey": "9001", "processInstanceKey": "9001", "tenantId": "<default>", "isTruncated": false},
  {"variableKey": "2", "name": "applicantName", "value": "\\"王小明\\"", "scopeKey": "9001", "processInstanceKey": "9001", "tenantId": "<default>", "isTruncated": false},
  {"variableKey": "3", "name": "county", "value": "\\"ouhai\\"", "scopeKey": "9555", "processInstanceKey": "9001", "tenantId": "<default>", "isTruncated": false}
], "page": {"totalItems": 3}}
""");

    // when
    Map<Long, CaseSummary> summaries = gateway.findCaseSummaries(List.of(9001L, 9001L));

    // then
    assertThat(summaries).containsExactly(Map.entry(9001L, new CaseSummary("JY-1", "王小明", null)));
    JsonNode filter =
        read(engine.requestsTo("POST", "/v2/variables/search").get(0).body()).get("filter");
    assertThat(filter.toString()).contains("\"$in\"", "9001", "applicationId", "county");
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
    assertThatThrownBy(
            () -> gateway.searchTasks(search(List.of(TaskScope.assignedTo("zhang")), 0, 10)))
        .isInstanceOf(TasklistUnavailableException.class);
  }

  @Test
  void shouldReportAnEngineWithoutTheSearchEndpointAsUnavailable() {
    // when / then: a 404 of a search is a missing endpoint, not a missing task
    assertThatThrownBy(
            () -> gateway.searchTasks(search(List.of(TaskScope.assignedTo("zhang")), 0, 10)))
        .isInstanceOf(TasklistUnavailableException.class)
        .hasMessageContaining("404");
  }

  private static String page(long total, String... items) {
    return "{\"items\": ["
        + String.join(",", items)
        + "], \"page\": {\"totalItems\": "
        + total
        + "}}";
  }

  private static TaskSearch search(List<TaskScope> scopes, int offset, int limit) {
    return new TaskSearch(
        scopes,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        Map.of(),
        Map.of(),
        TaskSearch.Order.CREATED,
        false,
        offset,
        limit);
  }

  private static String task(
      long key, String state, String created, String assignee, String... groups) {
    String groupList = String.join(",", Arrays.stream(groups).map(g -> "\"" + g + "\"").toList());
    return
"""
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
