package org.tongxing.gateway.message;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.MessageSubscriptionResult;
import io.camunda.client.protocol.rest.MessageSubscriptionSearchQueryResult;
import io.camunda.client.protocol.rest.MessageSubscriptionStateEnum;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;
import org.tongxing.gateway.search.FieldType;
import org.tongxing.gateway.search.SearchFields;
import org.tongxing.gateway.search.SearchPage;
import org.tongxing.gateway.search.SearchRequest;
import org.tongxing.gateway.support.Dates;
import org.tongxing.gateway.support.GatewayDefaults;
import org.tongxing.gateway.support.Keys;
import org.tongxing.search.entity.MessageSubscriptionEntity;
import org.tongxing.search.query.SearchBackend;
import org.tongxing.search.query.SearchEntity;
import org.tongxing.search.query.SearchQuery;

/**
 * Process instances waiting for messages, on the search side: which case waits for which bureau's
 * answer, under which correlation key.
 */
@RestController
@RequestMapping("/v2/message-subscriptions")
@ConditionalOnEmbeddedRuntime
public class MessageSubscriptionController {

  static final SearchFields FIELDS =
      new SearchFields()
          .filter("messageSubscriptionKey", FieldType.KEY)
          .filter("processInstanceKey", FieldType.KEY)
          .filter("elementInstanceKey", FieldType.KEY)
          .filter("processDefinitionId", FieldType.STRING)
          .filter("elementId", FieldType.STRING)
          .filter("messageName", FieldType.STRING)
          .filter("correlationKey", FieldType.STRING)
          .filter("messageSubscriptionState", FieldType.STRING)
          .filter("lastUpdatedDate", FieldType.DATE)
          .filter("tenantId", FieldType.TENANT)
          .sort("messageSubscriptionKey")
          .sort("processInstanceKey")
          .sort("elementInstanceKey")
          .sort("processDefinitionId")
          .sort("elementId")
          .sort("messageName")
          .sort("correlationKey")
          .sort("messageSubscriptionState")
          .sort("lastUpdatedDate");

  private final SearchBackend search;

  public MessageSubscriptionController(SearchBackend search) {
    this.search = search;
  }

  @PostMapping("/search")
  public MessageSubscriptionSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
    SearchQuery query = SearchRequest.parse(body, FIELDS);
    var result = search.search(SearchEntity.MESSAGE_SUBSCRIPTIONS, query);
    MessageSubscriptionSearchQueryResult response = new MessageSubscriptionSearchQueryResult();
    response.setItems(
        result.items().stream().map(MessageSubscriptionController::toResult).toList());
    response.setPage(SearchPage.of(query, result));
    return response;
  }

  static MessageSubscriptionResult toResult(MessageSubscriptionEntity entity) {
    MessageSubscriptionResult result = new MessageSubscriptionResult();
    result.setMessageSubscriptionKey(Keys.format(entity.subscriptionKey()));
    result.setProcessInstanceKey(Keys.format(entity.processInstanceKey()));
    result.setElementInstanceKey(Keys.format(entity.elementInstanceKey()));
    result.setProcessDefinitionKey(Keys.format(entity.processDefinitionKey()));
    result.setProcessDefinitionId(entity.processDefinitionId());
    result.setElementId(entity.elementId());
    result.setMessageName(entity.messageName());
    result.setCorrelationKey(entity.correlationKey());
    result.setMessageSubscriptionState(MessageSubscriptionStateEnum.fromValue(entity.state()));
    result.setLastUpdatedDate(Dates.format(entity.lastUpdated()));
    result.setTenantId(GatewayDefaults.TENANT);
    return result;
  }
}
