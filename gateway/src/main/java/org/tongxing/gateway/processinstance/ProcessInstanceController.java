package org.tongxing.gateway.processinstance;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.CreateProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceCreationInstruction;
import io.camunda.client.protocol.rest.ProcessInstanceModificationInstruction;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.ProcessInstanceStateEnum;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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
import org.tongxing.gateway.support.GatewayTimeoutException;
import org.tongxing.gateway.support.Keys;
import org.tongxing.gateway.support.NoContent;
import org.tongxing.gateway.support.Variables;
import org.tongxing.search.entity.ProcessInstanceEntity;
import org.tongxing.search.query.SearchBackend;
import org.tongxing.search.query.SearchEntity;
import org.tongxing.search.query.SearchQuery;

/** Starts process instances, and finds them on the search side. */
@RestController
@RequestMapping("/v2/process-instances")
@ConditionalOnEmbeddedRuntime
public class ProcessInstanceController {

  /** The process instance filter and sort fields; the definition statistics filter too. */
  public static final SearchFields FIELDS =
      new SearchFields()
          .filter("processInstanceKey", FieldType.KEY)
          .filter("processDefinitionKey", FieldType.KEY)
          .filter("processDefinitionId", FieldType.STRING)
          .filter("processDefinitionName", FieldType.STRING)
          .filter("processDefinitionVersion", FieldType.INTEGER)
          .filter("state", FieldType.STRING)
          .filter("startDate", FieldType.DATE)
          .filter("endDate", FieldType.DATE)
          .filter("parentProcessInstanceKey", FieldType.KEY)
          .filter("parentElementInstanceKey", FieldType.KEY)
          .filter("hasIncident", FieldType.BOOLEAN)
          // an active incident's message
          .filter("errorMessage", FieldType.STRING)
          // of one element instance of the process instance, all three of the same one
          .related(
              "elementId", FieldType.STRING, SearchEntity.ELEMENT_INSTANCES_RELATION, "elementId")
          .related(
              "elementInstanceState",
              FieldType.STRING,
              SearchEntity.ELEMENT_INSTANCES_RELATION,
              "state")
          .related(
              "hasElementInstanceIncident",
              FieldType.BOOLEAN,
              SearchEntity.ELEMENT_INSTANCES_RELATION,
              "hasIncident")
          .filter("variables", FieldType.VARIABLES)
          .filter("tags", FieldType.TAGS)
          .filter("tenantId", FieldType.TENANT)
          .sort("processInstanceKey")
          .sort("processDefinitionKey")
          .sort("processDefinitionId")
          .sort("processDefinitionName")
          .sort("processDefinitionVersion")
          .sort("state")
          .sort("startDate")
          .sort("endDate");

  private final Engine engine;
  private final SearchBackend search;

  public ProcessInstanceController(Engine engine, SearchBackend search) {
    this.engine = engine;
    this.search = search;
  }

  /** How long a request that awaits completion waits when it sets no request timeout. */
  static final long DEFAULT_AWAIT_TIMEOUT_MS = 30_000;

  @PostMapping
  public CompletableFuture<CreateProcessInstanceResult> create(
      @RequestBody ProcessInstanceCreationInstruction request) {
    java.util.List<String> startAt =
        request.getStartInstructions() == null
            ? java.util.List.of()
            : request.getStartInstructions().stream().map(start -> start.getElementId()).toList();
    boolean await = Boolean.TRUE.equals(request.getAwaitCompletion());
    long definitionKey =
        request.getProcessDefinitionKey() == null
            ? -1
            : Keys.parse("processDefinitionKey", request.getProcessDefinitionKey());
    Integer version = request.getProcessDefinitionVersion();
    var command =
        new EngineCommand.CreateProcessInstance(
            request.getProcessDefinitionId(),
            version == null ? -1 : version,
            definitionKey,
            Variables.toJson(request.getVariables()),
            await,
            startAt);
    return engine
        .createProcessInstance(command)
        .thenCompose(
            created -> {
              CreateProcessInstanceResult result = new CreateProcessInstanceResult();
              result.setProcessInstanceKey(Keys.format(created.processInstanceKey()));
              result.setProcessDefinitionKey(Keys.format(created.processDefinitionKey()));
              result.setProcessDefinitionId(created.bpmnProcessId());
              result.setProcessDefinitionVersion(created.version());
              result.setTenantId(GatewayDefaults.TENANT);
              if (!await) {
                result.setVariables(Map.of());
                return CompletableFuture.completedFuture(result);
              }
              long timeout =
                  request.getRequestTimeout() == null || request.getRequestTimeout() <= 0
                      ? DEFAULT_AWAIT_TIMEOUT_MS
                      : request.getRequestTimeout();
              return created
                  .completion()
                  .orTimeout(timeout, java.util.concurrent.TimeUnit.MILLISECONDS)
                  .exceptionally(
                      error -> {
                        Throwable cause =
                            error instanceof java.util.concurrent.CompletionException
                                ? error.getCause()
                                : error;
                        if (cause instanceof java.util.concurrent.TimeoutException) {
                          throw new GatewayTimeoutException(
                              "Expected process instance '"
                                  + created.processInstanceKey()
                                  + "' to complete within "
                                  + timeout
                                  + " ms, but it did not; it goes on without the caller waiting");
                        }
                        throw cause instanceof RuntimeException runtime
                            ? runtime
                            : new java.util.concurrent.CompletionException(cause);
                      })
                  .thenApply(
                      variables -> {
                        result.setVariables(fetched(variables, request.getFetchVariables()));
                        return result;
                      });
            });
  }

  private static Map<String, Object> fetched(
      Map<String, String> variables, java.util.List<String> fetchVariables) {
    Map<String, String> chosen = new java.util.LinkedHashMap<>(variables);
    if (fetchVariables != null && !fetchVariables.isEmpty()) {
      chosen.keySet().retainAll(fetchVariables);
    }
    return Variables.fromJson(chosen);
  }

  @PostMapping("/{key}/cancellation")
  public CompletableFuture<ResponseEntity<Void>> cancel(@PathVariable("key") String key) {
    return NoContent.after(
        engine.execute(
            new EngineCommand.CancelProcessInstance(Keys.parse("processInstanceKey", key))));
  }

  /** Activates elements and terminates element instances: repairs, and sending a case back. */
  @PostMapping("/{key}/modification")
  public CompletableFuture<ResponseEntity<Void>> modify(
      @PathVariable("key") String key,
      @RequestBody ProcessInstanceModificationInstruction request) {
    var activations =
        request.getActivateInstructions() == null
            ? java.util.List.<EngineCommand.ModifyProcessInstance.ActivateInstruction>of()
            : request.getActivateInstructions().stream()
                .map(
                    activate ->
                        new EngineCommand.ModifyProcessInstance.ActivateInstruction(
                            activate.getElementId(),
                            activate.getAncestorElementInstanceKey() == null
                                    || "-1".equals(activate.getAncestorElementInstanceKey())
                                ? -1
                                : Keys.parse(
                                    "ancestorElementInstanceKey",
                                    activate.getAncestorElementInstanceKey()),
                            activate.getVariableInstructions() == null
                                ? java.util.List.of()
                                : activate.getVariableInstructions().stream()
                                    .map(
                                        variables ->
                                            new EngineCommand.ModifyProcessInstance
                                                .VariableInstruction(
                                                variables.getScopeId(),
                                                Variables.toJson(variables.getVariables())))
                                    .toList()))
                .toList();
    var terminations =
        request.getTerminateInstructions() == null
            ? java.util.List.<Long>of()
            : request.getTerminateInstructions().stream()
                .map(
                    terminate ->
                        Keys.parse("elementInstanceKey", terminate.getElementInstanceKey()))
                .toList();
    return NoContent.after(
        engine.execute(
            new EngineCommand.ModifyProcessInstance(
                Keys.parse("processInstanceKey", key), activations, terminations)));
  }

  @GetMapping("/{key}")
  public ProcessInstanceResult get(@PathVariable("key") String key) {
    long instanceKey = Keys.parse("processInstanceKey", key);
    return search
        .get(SearchEntity.PROCESS_INSTANCES, instanceKey)
        .map(ProcessInstanceController::toResult)
        .orElseThrow(
            () ->
                new CommandRejectedException(
                    RejectionType.NOT_FOUND,
                    "Expected to find process instance with key '"
                        + instanceKey
                        + "', but none found"));
  }

  @PostMapping("/search")
  public ProcessInstanceSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
    SearchQuery query = SearchRequest.parse(body, FIELDS);
    var result = search.search(SearchEntity.PROCESS_INSTANCES, query);
    ProcessInstanceSearchQueryResult response = new ProcessInstanceSearchQueryResult();
    response.setItems(result.items().stream().map(ProcessInstanceController::toResult).toList());
    response.setPage(SearchPage.of(query, result));
    return response;
  }

  static ProcessInstanceResult toResult(ProcessInstanceEntity entity) {
    ProcessInstanceResult result = new ProcessInstanceResult();
    result.setProcessInstanceKey(Keys.format(entity.processInstanceKey()));
    result.setProcessDefinitionKey(Keys.format(entity.processDefinitionKey()));
    result.setProcessDefinitionId(entity.processDefinitionId());
    result.setProcessDefinitionName(entity.processDefinitionName());
    result.setProcessDefinitionVersion(entity.processDefinitionVersion());
    result.setState(ProcessInstanceStateEnum.fromValue(entity.state()));
    result.setStartDate(Dates.format(entity.startDate()));
    result.setEndDate(Dates.formatNullable(entity.endDate()));
    result.setHasIncident(entity.hasIncident());
    result.setParentProcessInstanceKey(Keys.formatNullable(entity.parentProcessInstanceKey()));
    result.setParentElementInstanceKey(Keys.formatNullable(entity.parentElementInstanceKey()));
    result.setTenantId(GatewayDefaults.TENANT);
    return result;
  }
}
