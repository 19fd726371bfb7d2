package org.tongxing.gateway.job;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.JobKindEnum;
import io.camunda.client.protocol.rest.JobListenerEventTypeEnum;
import io.camunda.client.protocol.rest.JobSearchQueryResult;
import io.camunda.client.protocol.rest.JobSearchResult;
import io.camunda.client.protocol.rest.JobStateEnum;
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
import org.tongxing.search.entity.JobEntity;
import org.tongxing.search.query.SearchBackend;
import org.tongxing.search.query.SearchEntity;
import org.tongxing.search.query.SearchQuery;

/**
 * Jobs on the search side: what monitoring shows of a bureau call that failed, is retrying or waits
 * for a worker. No job is ever denied here (denial comes from task listeners).
 */
@RestController
@RequestMapping("/v2/jobs")
@ConditionalOnEmbeddedRuntime
public class JobSearchController {

  static final SearchFields FIELDS =
      new SearchFields()
          .filter("jobKey", FieldType.KEY)
          .filter("type", FieldType.STRING)
          .filter("worker", FieldType.STRING)
          .filter("state", FieldType.STRING)
          .filter("kind", FieldType.STRING)
          .filter("listenerEventType", FieldType.STRING)
          .filter("retries", FieldType.INTEGER)
          .filter("hasFailedWithRetriesLeft", FieldType.BOOLEAN)
          .filter("isDenied", FieldType.BOOLEAN)
          .filter("deniedReason", FieldType.STRING)
          .filter("errorCode", FieldType.STRING)
          .filter("errorMessage", FieldType.STRING)
          .filter("deadline", FieldType.DATE)
          .filter("endTime", FieldType.DATE)
          .filter("processInstanceKey", FieldType.KEY)
          .filter("processDefinitionKey", FieldType.KEY)
          .filter("processDefinitionId", FieldType.STRING)
          .filter("elementId", FieldType.STRING)
          .filter("elementInstanceKey", FieldType.KEY)
          .filter("tenantId", FieldType.TENANT)
          .sort("jobKey")
          .sort("type")
          .sort("worker")
          .sort("state")
          .sort("kind")
          .sort("listenerEventType")
          .sort("retries")
          .sort("hasFailedWithRetriesLeft")
          .sort("errorCode")
          .sort("errorMessage")
          .sort("deadline")
          .sort("endTime")
          .sort("processInstanceKey")
          .sort("processDefinitionKey")
          .sort("processDefinitionId")
          .sort("elementId")
          .sort("elementInstanceKey");

  private final SearchBackend search;

  public JobSearchController(SearchBackend search) {
    this.search = search;
  }

  @PostMapping("/search")
  public JobSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
    SearchQuery query = SearchRequest.parse(body, FIELDS);
    var result = search.search(SearchEntity.JOBS, query);
    JobSearchQueryResult response = new JobSearchQueryResult();
    response.setItems(result.items().stream().map(JobSearchController::toResult).toList());
    response.setPage(SearchPage.of(query, result));
    return response;
  }

  static JobSearchResult toResult(JobEntity entity) {
    JobSearchResult result = new JobSearchResult();
    result.setJobKey(Keys.format(entity.jobKey()));
    result.setType(entity.type());
    result.setWorker(entity.worker() == null ? "" : entity.worker());
    result.setState(JobStateEnum.fromValue(entity.state()));
    result.setKind(JobKindEnum.fromValue(entity.kind()));
    result.setListenerEventType(JobListenerEventTypeEnum.fromValue(entity.listenerEventType()));
    result.setRetries(entity.retries());
    result.setHasFailedWithRetriesLeft(entity.hasFailedWithRetriesLeft());
    result.setIsDenied(false);
    result.setErrorCode(entity.errorCode());
    result.setErrorMessage(entity.errorMessage());
    result.setDeadline(Dates.formatNullable(entity.deadline()));
    result.setEndTime(Dates.formatNullable(entity.endTime()));
    result.setCustomHeaders(entity.customHeaders());
    result.setProcessInstanceKey(Keys.format(entity.processInstanceKey()));
    result.setProcessDefinitionKey(Keys.format(entity.processDefinitionKey()));
    result.setProcessDefinitionId(entity.processDefinitionId());
    result.setElementId(entity.elementId());
    result.setElementInstanceKey(Keys.format(entity.elementInstanceKey()));
    result.setTenantId(GatewayDefaults.TENANT);
    return result;
  }
}
