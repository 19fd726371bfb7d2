package org.tongxing.gateway.decision;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.protocol.rest.DecisionDefinitionTypeEnum;
import io.camunda.client.protocol.rest.DecisionInstanceGetQueryResult;
import io.camunda.client.protocol.rest.DecisionInstanceResult;
import io.camunda.client.protocol.rest.DecisionInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.DecisionInstanceStateEnum;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.engine.record.DecisionEvaluationRecord.EvaluatedInput;
import org.tongxing.engine.record.DecisionEvaluationRecord.MatchedRule;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;
import org.tongxing.gateway.search.FieldType;
import org.tongxing.gateway.search.SearchFields;
import org.tongxing.gateway.search.SearchPage;
import org.tongxing.gateway.search.SearchRequest;
import org.tongxing.gateway.support.Dates;
import org.tongxing.gateway.support.GatewayDefaults;
import org.tongxing.gateway.support.Keys;
import org.tongxing.search.entity.DecisionInstanceEntity;
import org.tongxing.search.query.SearchBackend;
import org.tongxing.search.query.SearchEntity;
import org.tongxing.search.query.SearchQuery;

/**
 * Evaluated decisions on the search side: which amount the subsidy table gave a case, from which
 * inputs, by which rule.
 */
@RestController
@RequestMapping("/v2/decision-instances")
@ConditionalOnEmbeddedRuntime
public class DecisionInstanceController {

  static final SearchFields FIELDS =
      new SearchFields()
          .filter("decisionEvaluationInstanceKey", FieldType.STRING)
          .filter("decisionEvaluationKey", FieldType.KEY)
          .filter("state", FieldType.STRING)
          .filter("evaluationFailure", FieldType.STRING)
          .filter("evaluationDate", FieldType.DATE)
          .filter("decisionDefinitionId", FieldType.STRING)
          .filter("decisionDefinitionName", FieldType.STRING)
          .filter("decisionDefinitionVersion", FieldType.INTEGER)
          .filter("decisionDefinitionKey", FieldType.KEY)
          .filter("decisionDefinitionType", FieldType.STRING)
          .filter("processDefinitionKey", FieldType.KEY)
          .filter("processInstanceKey", FieldType.KEY)
          .filter("elementInstanceKey", FieldType.KEY)
          .filter("tenantId", FieldType.TENANT)
          .sort("decisionEvaluationInstanceKey")
          .sort("decisionEvaluationKey")
          .sort("state")
          .sort("evaluationDate")
          .sort("evaluationFailure")
          .sort("decisionDefinitionId")
          .sort("decisionDefinitionName")
          .sort("decisionDefinitionVersion")
          .sort("decisionDefinitionKey")
          .sort("decisionDefinitionType")
          .sort("processDefinitionKey")
          .sort("processInstanceKey")
          .sort("elementInstanceKey");

  private final SearchBackend search;
  private final ObjectMapper json = JsonValues.mapper();

  public DecisionInstanceController(SearchBackend search) {
    this.search = search;
  }

  @PostMapping("/search")
  public DecisionInstanceSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
    SearchQuery query = SearchRequest.parse(body, FIELDS);
    var result = search.search(SearchEntity.DECISION_INSTANCES, query);
    DecisionInstanceSearchQueryResult response = new DecisionInstanceSearchQueryResult();
    response.setItems(result.items().stream().map(DecisionInstanceController::toResult).toList());
    response.setPage(SearchPage.of(query, result));
    return response;
  }

  /** One evaluation with its inputs and matched rules. */
  @GetMapping("/{id}")
  public DecisionInstanceGetQueryResult get(@PathVariable("id") String id) {
    DecisionInstanceEntity entity =
        search
            .get(SearchEntity.DECISION_INSTANCES, id)
            .orElseThrow(
                () ->
                    new CommandRejectedException(
                        RejectionType.NOT_FOUND,
                        "Expected to find decision instance with key '"
                            + id
                            + "', but none found"));
    DecisionInstanceResult summary = toResult(entity);
    DecisionInstanceGetQueryResult result = new DecisionInstanceGetQueryResult();
    result.setDecisionEvaluationInstanceKey(summary.getDecisionEvaluationInstanceKey());
    result.setDecisionEvaluationKey(summary.getDecisionEvaluationKey());
    result.setState(summary.getState());
    result.setEvaluationDate(summary.getEvaluationDate());
    result.setEvaluationFailure(summary.getEvaluationFailure());
    result.setDecisionDefinitionId(summary.getDecisionDefinitionId());
    result.setDecisionDefinitionName(summary.getDecisionDefinitionName());
    result.setDecisionDefinitionVersion(summary.getDecisionDefinitionVersion());
    result.setDecisionDefinitionKey(summary.getDecisionDefinitionKey());
    result.setDecisionDefinitionType(summary.getDecisionDefinitionType());
    result.setResult(summary.getResult());
    result.setProcessDefinitionKey(summary.getProcessDefinitionKey());
    result.setProcessInstanceKey(summary.getProcessInstanceKey());
    result.setElementInstanceKey(summary.getElementInstanceKey());
    result.setTenantId(summary.getTenantId());
    result.setEvaluatedInputs(
        DecisionDetails.inputs(
            read(entity.evaluatedInputs(), new TypeReference<List<EvaluatedInput>>() {})));
    result.setMatchedRules(
        DecisionDetails.rules(
            read(entity.matchedRules(), new TypeReference<List<MatchedRule>>() {})));
    return result;
  }

  private <T> List<T> read(String text, TypeReference<List<T>> type) {
    try {
      return text == null ? List.of() : json.readValue(text, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Expected the stored decision details as JSON", e);
    }
  }

  static DecisionInstanceResult toResult(DecisionInstanceEntity entity) {
    DecisionInstanceResult result = new DecisionInstanceResult();
    result.setDecisionEvaluationInstanceKey(entity.instanceId());
    result.setDecisionEvaluationKey(Keys.format(entity.evaluationKey()));
    result.setState(DecisionInstanceStateEnum.fromValue(entity.state()));
    result.setEvaluationDate(Dates.format(entity.evaluationDate()));
    result.setEvaluationFailure(entity.evaluationFailure());
    result.setDecisionDefinitionId(entity.decisionId());
    result.setDecisionDefinitionName(entity.decisionName());
    result.setDecisionDefinitionVersion(entity.decisionVersion());
    result.setDecisionDefinitionKey(Keys.format(entity.decisionKey()));
    result.setDecisionDefinitionType(DecisionDefinitionTypeEnum.fromValue(entity.decisionType()));
    result.setResult(entity.result());
    result.setProcessDefinitionKey(Keys.format(entity.processDefinitionKey()));
    result.setProcessInstanceKey(Keys.format(entity.processInstanceKey()));
    result.setElementInstanceKey(Keys.format(entity.elementInstanceKey()));
    result.setTenantId(GatewayDefaults.TENANT);
    return result;
  }
}
