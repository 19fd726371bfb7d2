package org.tongxing.gateway.elementinstance;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.ElementInstanceStateEnum;
import io.camunda.client.protocol.rest.SetVariableRequest;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
import org.tongxing.search.entity.ElementInstanceEntity;
import org.tongxing.search.query.SearchBackend;
import org.tongxing.search.query.SearchEntity;
import org.tongxing.search.query.SearchQuery;

/** Element (flow node) instances on the search side: where an instance is and has been. */
@RestController
@RequestMapping("/v2/element-instances")
@ConditionalOnEmbeddedRuntime
public class ElementInstanceController {

  static final SearchFields FIELDS =
      new SearchFields()
          .filter("elementInstanceKey", FieldType.KEY)
          .filter("processInstanceKey", FieldType.KEY)
          .filter("processDefinitionKey", FieldType.KEY)
          .filter("processDefinitionId", FieldType.STRING)
          .filter("elementId", FieldType.STRING)
          .filter("type", FieldType.STRING)
          .filter("state", FieldType.STRING)
          .filter("startDate", FieldType.DATE)
          .filter("endDate", FieldType.DATE)
          .filter("incidentKey", FieldType.KEY)
          .filter("hasIncident", FieldType.BOOLEAN)
          .filter("tenantId", FieldType.TENANT)
          .sort("elementInstanceKey")
          .sort("processInstanceKey")
          .sort("processDefinitionKey")
          .sort("processDefinitionId")
          .sort("elementId")
          .sort("type")
          .sort("state")
          .sort("startDate")
          .sort("endDate")
          .sort("incidentKey");

  private final Engine engine;
  private final SearchBackend search;

  public ElementInstanceController(Engine engine, SearchBackend search) {
    this.engine = engine;
    this.search = search;
  }

  /** Sets variables on a process or element instance: locally, or propagated outwards. */
  @PutMapping("/{key}/variables")
  public CompletableFuture<ResponseEntity<Void>> setVariables(
      @PathVariable("key") String key, @RequestBody SetVariableRequest request) {
    if (request.getVariables() == null || request.getVariables().isEmpty()) {
      throw new CommandRejectedException(
          RejectionType.INVALID_ARGUMENT, "Expected variables to set, but got none");
    }
    return NoContent.after(
        engine.execute(
            new EngineCommand.SetVariables(
                Keys.parse("elementInstanceKey", key),
                Variables.toJson(request.getVariables()),
                Boolean.TRUE.equals(request.getLocal()))));
  }

  @PostMapping("/search")
  public ElementInstanceSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
    SearchQuery query = SearchRequest.parse(body, FIELDS);
    var result = search.search(SearchEntity.ELEMENT_INSTANCES, query);
    ElementInstanceSearchQueryResult response = new ElementInstanceSearchQueryResult();
    response.setItems(result.items().stream().map(ElementInstanceController::toResult).toList());
    response.setPage(SearchPage.of(query, result));
    return response;
  }

  @GetMapping("/{key}")
  public ElementInstanceResult get(@PathVariable("key") String key) {
    long elementInstanceKey = Keys.parse("elementInstanceKey", key);
    return search
        .get(SearchEntity.ELEMENT_INSTANCES, elementInstanceKey)
        .map(ElementInstanceController::toResult)
        .orElseThrow(
            () ->
                new CommandRejectedException(
                    RejectionType.NOT_FOUND,
                    "Expected to find element instance with key '"
                        + elementInstanceKey
                        + "', but none found"));
  }

  static ElementInstanceResult toResult(ElementInstanceEntity entity) {
    ElementInstanceResult result = new ElementInstanceResult();
    result.setElementInstanceKey(Keys.format(entity.elementInstanceKey()));
    result.setProcessInstanceKey(Keys.format(entity.processInstanceKey()));
    result.setProcessDefinitionKey(Keys.format(entity.processDefinitionKey()));
    result.setProcessDefinitionId(entity.processDefinitionId());
    result.setElementId(entity.elementId());
    result.setElementName(entity.elementName() != null ? entity.elementName() : entity.elementId());
    result.setType(ElementInstanceResult.TypeEnum.fromValue(entity.type()));
    result.setState(ElementInstanceStateEnum.fromValue(entity.state()));
    result.setStartDate(Dates.format(entity.startDate()));
    result.setEndDate(Dates.formatNullable(entity.endDate()));
    result.setHasIncident(entity.incidentKey() != null);
    result.setIncidentKey(Keys.formatNullable(entity.incidentKey()));
    result.setTenantId(GatewayDefaults.TENANT);
    return result;
  }
}
