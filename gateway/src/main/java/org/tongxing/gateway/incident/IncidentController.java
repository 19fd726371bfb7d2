package org.tongxing.gateway.incident;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.IncidentResult;
import io.camunda.client.protocol.rest.IncidentSearchQueryResult;
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
import org.tongxing.gateway.support.Keys;
import org.tongxing.gateway.support.NoContent;
import org.tongxing.search.entity.IncidentEntity;
import org.tongxing.search.query.SearchBackend;
import org.tongxing.search.query.SearchEntity;
import org.tongxing.search.query.SearchQuery;

/** Incidents on the search side. */
@RestController
@RequestMapping("/v2/incidents")
@ConditionalOnEmbeddedRuntime
public class IncidentController {

  static final SearchFields FIELDS =
      new SearchFields()
          .filter("incidentKey", FieldType.KEY)
          .filter("errorType", FieldType.STRING)
          .filter("errorMessage", FieldType.STRING)
          .filter("state", FieldType.STRING)
          .filter("processInstanceKey", FieldType.KEY)
          .filter("processDefinitionKey", FieldType.KEY)
          .filter("processDefinitionId", FieldType.STRING)
          .filter("elementId", FieldType.STRING)
          .filter("elementInstanceKey", FieldType.KEY)
          .filter("jobKey", FieldType.KEY)
          .filter("creationTime", FieldType.DATE)
          .filter("tenantId", FieldType.TENANT)
          .sort("incidentKey")
          .sort("errorType")
          .sort("state")
          .sort("processInstanceKey")
          .sort("processDefinitionKey")
          .sort("processDefinitionId")
          .sort("elementId")
          .sort("elementInstanceKey")
          .sort("jobKey")
          .sort("creationTime");

  private final Engine engine;
  private final SearchBackend search;

  public IncidentController(Engine engine, SearchBackend search) {
    this.engine = engine;
    this.search = search;
  }

  /** Resolves an incident once its cause is fixed; the engine retries what was stuck. */
  @PostMapping("/{key}/resolution")
  public CompletableFuture<ResponseEntity<Void>> resolve(@PathVariable("key") String key) {
    return NoContent.after(
        engine.execute(new EngineCommand.ResolveIncident(Keys.parse("incidentKey", key))));
  }

  @PostMapping("/search")
  public IncidentSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
    SearchQuery query = SearchRequest.parse(body, FIELDS);
    var result = search.search(SearchEntity.INCIDENTS, query);
    IncidentSearchQueryResult response = new IncidentSearchQueryResult();
    response.setItems(result.items().stream().map(IncidentController::toResult).toList());
    response.setPage(SearchPage.of(query, result));
    return response;
  }

  @GetMapping("/{key}")
  public IncidentResult get(@PathVariable("key") String key) {
    long incidentKey = Keys.parse("incidentKey", key);
    return search
        .get(SearchEntity.INCIDENTS, incidentKey)
        .map(IncidentController::toResult)
        .orElseThrow(
            () ->
                new CommandRejectedException(
                    RejectionType.NOT_FOUND,
                    "Expected to find incident with key '" + incidentKey + "', but none found"));
  }

  static IncidentResult toResult(IncidentEntity entity) {
    IncidentResult result = new IncidentResult();
    result.setIncidentKey(Keys.format(entity.incidentKey()));
    result.setErrorType(IncidentResult.ErrorTypeEnum.fromValue(entity.errorType()));
    result.setErrorMessage(entity.errorMessage());
    result.setState(IncidentResult.StateEnum.fromValue(entity.state()));
    result.setProcessInstanceKey(Keys.format(entity.processInstanceKey()));
    result.setProcessDefinitionKey(Keys.format(entity.processDefinitionKey()));
    result.setProcessDefinitionId(entity.processDefinitionId());
    result.setElementId(entity.elementId());
    result.setElementInstanceKey(Keys.format(entity.elementInstanceKey()));
    result.setJobKey(Keys.formatNullable(entity.jobKey()));
    result.setCreationTime(Dates.format(entity.creationTime()));
    result.setTenantId(GatewayDefaults.TENANT);
    return result;
  }
}
