package org.tongxing.gateway.statistics;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.ProcessDefinitionElementStatisticsQueryResult;
import io.camunda.client.protocol.rest.ProcessElementStatisticsResult;
import io.camunda.client.protocol.rest.ProcessInstanceElementStatisticsQueryResult;
import io.camunda.client.protocol.rest.ProcessInstanceSequenceFlowResult;
import io.camunda.client.protocol.rest.ProcessInstanceSequenceFlowsQueryResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;
import org.tongxing.gateway.processinstance.ProcessInstanceController;
import org.tongxing.gateway.search.SearchRequest;
import org.tongxing.gateway.support.GatewayDefaults;
import org.tongxing.gateway.support.Keys;
import org.tongxing.search.entity.ElementStatistics;
import org.tongxing.search.query.SearchBackend;
import org.tongxing.search.query.SearchEntity;

/**
 * Live counts for a diagram: per element of a process definition (over the instances a process
 * instance filter picks) or of one instance, and the sequence flows an instance took.
 */
@RestController
@RequestMapping("/v2")
@ConditionalOnEmbeddedRuntime
public class ProcessStatisticsController {

  private final SearchBackend search;

  public ProcessStatisticsController(SearchBackend search) {
    this.search = search;
  }

  @PostMapping("/process-definitions/{key}/statistics/element-instances")
  public ProcessDefinitionElementStatisticsQueryResult ofDefinition(
      @PathVariable("key") String key, @RequestBody(required = false) JsonNode body) {
    long definitionKey = Keys.parse("processDefinitionKey", key);
    var conditions = SearchRequest.parse(body, ProcessInstanceController.FIELDS).conditions();
    if (search.get(SearchEntity.PROCESS_DEFINITIONS, definitionKey).isEmpty()) {
      throw new CommandRejectedException(
          RejectionType.NOT_FOUND,
          "Expected to find process"
              + " definition with key '"
              + definitionKey
              + "', but none found");
    }
    ProcessDefinitionElementStatisticsQueryResult result =
        new ProcessDefinitionElementStatisticsQueryResult();
    result.setItems(
        search.elementStatisticsOfDefinition(definitionKey, conditions).stream()
            .map(ProcessStatisticsController::toResult)
            .toList());
    return result;
  }

  @GetMapping("/process-instances/{key}/statistics/element-instances")
  public ProcessInstanceElementStatisticsQueryResult ofInstance(@PathVariable("key") String key) {
    long instanceKey = existingInstance(key);
    ProcessInstanceElementStatisticsQueryResult result =
        new ProcessInstanceElementStatisticsQueryResult();
    result.setItems(
        search.elementStatisticsOfInstance(instanceKey).stream()
            .map(ProcessStatisticsController::toResult)
            .toList());
    return result;
  }

  @GetMapping("/process-instances/{key}/sequence-flows")
  public ProcessInstanceSequenceFlowsQueryResult sequenceFlows(@PathVariable("key") String key) {
    long instanceKey = existingInstance(key);
    ProcessInstanceSequenceFlowsQueryResult result = new ProcessInstanceSequenceFlowsQueryResult();
    result.setItems(
        search.sequenceFlows(instanceKey).stream()
            .map(
                flow -> {
                  ProcessInstanceSequenceFlowResult item = new ProcessInstanceSequenceFlowResult();
                  // as Operate names a taken flow: one per instance and flow
                  item.setSequenceFlowId(flow.processInstanceKey() + "_" + flow.elementId());
                  item.setElementId(flow.elementId());
                  item.setProcessInstanceKey(Keys.format(flow.processInstanceKey()));
                  item.setProcessDefinitionKey(Keys.format(flow.processDefinitionKey()));
                  item.setProcessDefinitionId(flow.processDefinitionId());
                  item.setTenantId(GatewayDefaults.TENANT);
                  return item;
                })
            .toList());
    return result;
  }

  private long existingInstance(String key) {
    long instanceKey = Keys.parse("processInstanceKey", key);
    if (search.get(SearchEntity.PROCESS_INSTANCES, instanceKey).isEmpty()) {
      throw new CommandRejectedException(
          RejectionType.NOT_FOUND,
          "Expected to find process" + " instance with key '" + instanceKey + "', but none found");
    }
    return instanceKey;
  }

  private static ProcessElementStatisticsResult toResult(ElementStatistics count) {
    ProcessElementStatisticsResult result = new ProcessElementStatisticsResult();
    result.setElementId(count.elementId());
    result.setActive(count.active());
    result.setCompleted(count.completed());
    result.setCanceled(count.canceled());
    result.setIncidents(count.incidents());
    return result;
  }
}
