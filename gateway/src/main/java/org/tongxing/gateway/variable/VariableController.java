package org.tongxing.gateway.variable;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.VariableResult;
import io.camunda.client.protocol.rest.VariableSearchQueryResult;
import io.camunda.client.protocol.rest.VariableSearchResult;
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
import org.tongxing.search.entity.VariableEntity;
import org.tongxing.search.query.SearchBackend;
import org.tongxing.search.query.SearchEntity;
import org.tongxing.search.query.SearchQuery;
import org.tongxing.search.query.SearchResult;

/** Variables on the search side; values are JSON text. */
@RestController
@RequestMapping("/v2/variables")
@ConditionalOnEmbeddedRuntime
public class VariableController {

  public static final SearchFields FIELDS =
      new SearchFields()
          .filter("variableKey", FieldType.KEY)
          .filter("name", FieldType.STRING)
          .filter("value", FieldType.STRING)
          .filter("scopeKey", FieldType.KEY)
          .filter("processInstanceKey", FieldType.KEY)
          .filter("tenantId", FieldType.TENANT)
          .sort("name")
          .sort("value")
          .sort("variableKey")
          .sort("scopeKey")
          .sort("processInstanceKey");

  private final SearchBackend search;

  public VariableController(SearchBackend search) {
    this.search = search;
  }

  @PostMapping("/search")
  public VariableSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
    SearchQuery query = SearchRequest.parse(body, FIELDS);
    return toResponse(query, search.search(SearchEntity.VARIABLES, query));
  }

  @GetMapping("/{key}")
  public VariableResult get(@PathVariable("key") String key) {
    long variableKey = Keys.parse("variableKey", key);
    VariableEntity variable =
        search
            .get(SearchEntity.VARIABLES, variableKey)
            .orElseThrow(
                () ->
                    new CommandRejectedException(
                        RejectionType.NOT_FOUND,
                        "Expected to find variable with key '"
                            + variableKey
                            + "', but none found"));
    VariableResult result = new VariableResult();
    result.setVariableKey(Keys.format(variable.variableKey()));
    result.setName(variable.name());
    result.setValue(variable.value());
    result.setScopeKey(Keys.format(variable.scopeKey()));
    result.setProcessInstanceKey(Keys.format(variable.processInstanceKey()));
    result.setTenantId(GatewayDefaults.TENANT);
    return result;
  }

  public static VariableSearchQueryResult toResponse(
      SearchQuery query, SearchResult<VariableEntity> result) {
    VariableSearchQueryResult response = new VariableSearchQueryResult();
    response.setItems(result.items().stream().map(VariableController::toSearchResult).toList());
    response.setPage(SearchPage.of(query, result));
    return response;
  }

  private static VariableSearchResult toSearchResult(VariableEntity variable) {
    VariableSearchResult result = new VariableSearchResult();
    result.setVariableKey(Keys.format(variable.variableKey()));
    result.setName(variable.name());
    result.setValue(variable.value());
    result.setIsTruncated(false);
    result.setScopeKey(Keys.format(variable.scopeKey()));
    result.setProcessInstanceKey(Keys.format(variable.processInstanceKey()));
    result.setTenantId(GatewayDefaults.TENANT);
    return result;
  }
}
