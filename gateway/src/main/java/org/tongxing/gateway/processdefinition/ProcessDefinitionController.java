package org.tongxing.gateway.processdefinition;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.ProcessDefinitionResult;
import io.camunda.client.protocol.rest.ProcessDefinitionSearchQueryResult;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;
import org.tongxing.gateway.search.FieldType;
import org.tongxing.gateway.search.SearchFields;
import org.tongxing.gateway.search.SearchPage;
import org.tongxing.gateway.search.SearchRequest;
import org.tongxing.gateway.support.GatewayDefaults;
import org.tongxing.gateway.support.Keys;
import org.tongxing.search.entity.ProcessDefinitionEntity;
import org.tongxing.search.query.SearchBackend;
import org.tongxing.search.query.SearchEntity;
import org.tongxing.search.query.SearchQuery;

/** Deployed process definitions and their BPMN XML. */
@RestController
@RequestMapping("/v2/process-definitions")
@ConditionalOnEmbeddedRuntime
public class ProcessDefinitionController {

  static final SearchFields FIELDS =
      new SearchFields()
          .filter("processDefinitionKey", FieldType.KEY)
          .filter("processDefinitionId", FieldType.STRING)
          .filter("name", FieldType.STRING)
          .filter("version", FieldType.INTEGER)
          .filter("resourceName", FieldType.STRING)
          .filter("tenantId", FieldType.TENANT)
          .sort("processDefinitionKey")
          .sort("processDefinitionId")
          .sort("name")
          .sort("version")
          .sort("resourceName");

  private final SearchBackend search;

  public ProcessDefinitionController(SearchBackend search) {
    this.search = search;
  }

  @PostMapping("/search")
  public ProcessDefinitionSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
    SearchQuery query = SearchRequest.parse(body, FIELDS);
    var result = search.search(SearchEntity.PROCESS_DEFINITIONS, query);
    ProcessDefinitionSearchQueryResult response = new ProcessDefinitionSearchQueryResult();
    response.setItems(result.items().stream().map(ProcessDefinitionController::toResult).toList());
    response.setPage(SearchPage.of(query, result));
    return response;
  }

  @GetMapping("/{key}")
  public ProcessDefinitionResult get(@PathVariable("key") String key) {
    long definitionKey = Keys.parse("processDefinitionKey", key);
    return search
        .get(SearchEntity.PROCESS_DEFINITIONS, definitionKey)
        .map(ProcessDefinitionController::toResult)
        .orElseThrow(() -> notFound(definitionKey));
  }

  /**
   * Answers text/xml whatever the request accepts: the client asks for JSON on every call, this one
   * included, and reads the body as text.
   */
  @GetMapping("/{key}/xml")
  public ResponseEntity<String> xml(@PathVariable("key") String key) {
    long definitionKey = Keys.parse("processDefinitionKey", key);
    return search
        .processDefinitionXml(definitionKey)
        .map(xml -> ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(xml))
        .orElseThrow(() -> notFound(definitionKey));
  }

  private static CommandRejectedException notFound(long key) {
    return new CommandRejectedException(
        RejectionType.NOT_FOUND,
        "Expected to find process definition with key '" + key + "', but none found");
  }

  static ProcessDefinitionResult toResult(ProcessDefinitionEntity entity) {
    ProcessDefinitionResult result = new ProcessDefinitionResult();
    result.setProcessDefinitionKey(Keys.format(entity.processDefinitionKey()));
    result.setProcessDefinitionId(entity.processDefinitionId());
    result.setName(entity.name());
    result.setVersion(entity.version());
    result.setResourceName(entity.resourceName());
    result.setTenantId(GatewayDefaults.TENANT);
    result.setHasStartForm(false);
    return result;
  }
}
