package org.tongxing.gateway.usertask;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.FormResult;
import io.camunda.client.protocol.rest.UserTaskAssignmentRequest;
import io.camunda.client.protocol.rest.UserTaskCompletionRequest;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskSearchQueryResult;
import io.camunda.client.protocol.rest.UserTaskStateEnum;
import io.camunda.client.protocol.rest.VariableSearchQueryResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.engine.Engine;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;
import org.tongxing.gateway.search.FieldType;
import org.tongxing.gateway.search.SearchFields;
import org.tongxing.gateway.search.SearchPage;
import org.tongxing.gateway.search.SearchRequest;
import org.tongxing.gateway.support.Dates;
import org.tongxing.gateway.support.GatewayDefaults;
import org.tongxing.gateway.support.Keys;
import org.tongxing.gateway.support.NoContent;
import org.tongxing.gateway.support.Variables;
import org.tongxing.gateway.variable.VariableController;
import org.tongxing.search.entity.UserTaskEntity;
import org.tongxing.search.query.Condition;
import org.tongxing.search.query.SearchBackend;
import org.tongxing.search.query.SearchEntity;
import org.tongxing.search.query.SearchQuery;

/**
 * Camunda user tasks: search and look-up on the search side; assignment and completion through the
 * engine.
 */
@RestController
@RequestMapping("/v2/user-tasks")
@ConditionalOnEmbeddedRuntime
public class UserTaskController {

  static final SearchFields FIELDS =
      new SearchFields()
          .filter("userTaskKey", FieldType.KEY)
          .filter("state", FieldType.STRING)
          .filter("assignee", FieldType.STRING)
          .filter("candidateGroup", FieldType.STRING)
          .filter("candidateUser", FieldType.STRING)
          .filter("name", FieldType.STRING)
          .filter("elementId", FieldType.STRING)
          .filter("elementInstanceKey", FieldType.KEY)
          .filter("processInstanceKey", FieldType.KEY)
          .filter("processDefinitionKey", FieldType.KEY)
          .filter("processDefinitionId", FieldType.STRING)
          .filter("priority", FieldType.INTEGER)
          .filter("creationDate", FieldType.DATE)
          .filter("completionDate", FieldType.DATE)
          .filter("dueDate", FieldType.DATE)
          .filter("followUpDate", FieldType.DATE)
          .filter("processInstanceVariables", FieldType.VARIABLES)
          .filter("localVariables", FieldType.VARIABLES)
          .filter("tenantId", FieldType.TENANT)
          .sort("creationDate")
          .sort("completionDate")
          .sort("dueDate")
          .sort("followUpDate")
          .sort("priority")
          .sort("name");

  private final Engine engine;
  private final SearchBackend search;

  public UserTaskController(Engine engine, SearchBackend search) {
    this.engine = engine;
    this.search = search;
  }

  @PostMapping("/search")
  public UserTaskSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
    SearchQuery query = SearchRequest.parse(body, FIELDS);
    var result = search.search(SearchEntity.USER_TASKS, query);
    UserTaskSearchQueryResult response = new UserTaskSearchQueryResult();
    response.setItems(result.items().stream().map(UserTaskController::toResult).toList());
    response.setPage(SearchPage.of(query, result));
    return response;
  }

  @GetMapping("/{key}")
  public UserTaskResult get(@PathVariable("key") String key) {
    return toResult(find(key));
  }

  /** The task's linked form; 204 when it has none. */
  @GetMapping("/{key}/form")
  public ResponseEntity<FormResult> form(@PathVariable("key") String key) {
    UserTaskEntity task = find(key);
    if (task.formKey() == null) {
      return ResponseEntity.noContent().build();
    }
    return search
        .get(SearchEntity.FORMS, task.formKey())
        .map(
            form -> {
              FormResult result = new FormResult();
              result.setFormKey(Keys.format(form.formKey()));
              result.setFormId(form.formId());
              result.setVersion((long) form.version());
              result.setSchema(form.schema());
              result.setTenantId(GatewayDefaults.TENANT);
              return ResponseEntity.ok(result);
            })
        .orElseThrow(
            () ->
                new CommandRejectedException(
                    RejectionType.NOT_FOUND,
                    "Expected to find form with key '"
                        + task.formKey()
                        + "' of user task '"
                        + key
                        + "', but none found"));
  }

  /** The variables visible to the task: its own and its process instance's. */
  @PostMapping("/{key}/variables/search")
  public VariableSearchQueryResult variables(
      @PathVariable("key") String key, @RequestBody(required = false) JsonNode body) {
    UserTaskEntity task = find(key);
    SearchQuery query =
        SearchRequest.parse(
            body,
            VariableController.FIELDS,
            List.of(
                Condition.in(
                    "scopeKey", List.of(task.elementInstanceKey(), task.processInstanceKey()))));
    return VariableController.toResponse(query, search.search(SearchEntity.VARIABLES, query));
  }

  @PostMapping("/{key}/assignment")
  public CompletableFuture<ResponseEntity<Void>> assign(
      @PathVariable("key") String key, @RequestBody UserTaskAssignmentRequest request) {
    boolean allowOverride = request.getAllowOverride() == null || request.getAllowOverride();
    return NoContent.after(
        engine.execute(
            new EngineCommand.AssignUserTask(
                Keys.parse("userTaskKey", key),
                request.getAssignee(),
                allowOverride,
                request.getAction())));
  }

  @DeleteMapping("/{key}/assignee")
  public CompletableFuture<ResponseEntity<Void>> unassign(@PathVariable("key") String key) {
    return NoContent.after(
        engine.execute(new EngineCommand.UnassignUserTask(Keys.parse("userTaskKey", key))));
  }

  /**
   * Changes the task's due and follow-up dates, candidates or priority. The changeset is read as
   * JSON: the generated {@code Changeset} class keeps the fields in additional properties.
   */
  @PatchMapping("/{key}")
  public CompletableFuture<ResponseEntity<Void>> update(
      @PathVariable("key") String key, @RequestBody JsonNode request) {
    JsonNode changes = request.path("changeset");
    if (!changes.isObject() || changes.isEmpty()) {
      throw new CommandRejectedException(
          RejectionType.INVALID_ARGUMENT,
          "Expected a changeset with at least one of dueDate, followUpDate, candidateGroups,"
              + " candidateUsers, priority, but got none");
    }
    return NoContent.after(
        engine.execute(
            new EngineCommand.UpdateUserTask(
                Keys.parse("userTaskKey", key),
                text(changes, "dueDate"),
                text(changes, "followUpDate"),
                strings(changes, "candidateGroups"),
                strings(changes, "candidateUsers"),
                changes.hasNonNull("priority") ? priority(changes.get("priority")) : null,
                text(request, "action"))));
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }

  private static List<String> strings(JsonNode node, String field) {
    if (!node.hasNonNull(field)) {
      return null;
    }
    if (!node.get(field).isArray()) {
      throw new CommandRejectedException(
          RejectionType.INVALID_ARGUMENT,
          "Expected changeset." + field + " to be an array of strings, but got " + node.get(field));
    }
    List<String> values = new java.util.ArrayList<>();
    node.get(field).forEach(value -> values.add(value.asText()));
    return values;
  }

  private static int priority(JsonNode value) {
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new CommandRejectedException(
          RejectionType.INVALID_ARGUMENT,
          "Expected changeset.priority to be a whole number from 0 to 100, but got " + value);
    }
    return value.asInt();
  }

  @PostMapping("/{key}/completion")
  public CompletableFuture<ResponseEntity<Void>> complete(
      @PathVariable("key") String key,
      @RequestBody(required = false) UserTaskCompletionRequest request) {
    UserTaskCompletionRequest body = request == null ? new UserTaskCompletionRequest() : request;
    return NoContent.after(
        engine.execute(
            new EngineCommand.CompleteUserTask(
                Keys.parse("userTaskKey", key),
                Variables.toJson(body.getVariables()),
                body.getAction())));
  }

  private UserTaskEntity find(String key) {
    long taskKey = Keys.parse("userTaskKey", key);
    return search
        .get(SearchEntity.USER_TASKS, taskKey)
        .orElseThrow(
            () ->
                new CommandRejectedException(
                    RejectionType.NOT_FOUND,
                    "Expected to find user task with key '" + taskKey + "', but none found"));
  }

  static UserTaskResult toResult(UserTaskEntity task) {
    UserTaskResult result = new UserTaskResult();
    result.setUserTaskKey(Keys.format(task.userTaskKey()));
    result.setName(task.name() == null || task.name().isEmpty() ? task.elementId() : task.name());
    result.setState(UserTaskStateEnum.fromValue(task.state()));
    result.setAssignee(task.assignee());
    result.setElementId(task.elementId());
    result.setElementInstanceKey(Keys.format(task.elementInstanceKey()));
    result.setProcessInstanceKey(Keys.format(task.processInstanceKey()));
    result.setProcessDefinitionKey(Keys.format(task.processDefinitionKey()));
    result.setProcessDefinitionId(task.processDefinitionId());
    result.setProcessName(task.processName());
    result.setProcessDefinitionVersion(task.processDefinitionVersion());
    result.setFormKey(Keys.formatNullable(task.formKey()));
    result.setExternalFormReference(task.externalFormReference());
    result.setCreationDate(Dates.format(task.creationDate()));
    result.setCompletionDate(Dates.formatNullable(task.completionDate()));
    result.setDueDate(Dates.formatNullable(task.dueDate()));
    result.setFollowUpDate(Dates.formatNullable(task.followUpDate()));
    result.setPriority(task.priority());
    result.setCustomHeaders(new LinkedHashMap<>(task.customHeaders()));
    result.setCandidateGroups(task.candidateGroups());
    result.setCandidateUsers(task.candidateUsers());
    result.setTenantId(GatewayDefaults.TENANT);
    return result;
  }
}
