package org.tongxing.app.monitoring.definitions;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.statistics.response.ProcessElementStatistics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongxing.app.monitoring.ProcessModel;
import org.tongxing.app.monitoring.ProcessModels;
import org.tongxing.app.monitoring.VisibleCases;

/**
 * Per-step counts of a process version (the definition's element statistics through the client),
 * over the cases the viewer may see, in the order of the process's steps.
 */
@Component
public class DefinitionStatistics {

  private final CamundaClient client;
  private final ProcessModels models;

  public DefinitionStatistics(CamundaClient client, ProcessModels models) {
    this.client = client;
    this.models = models;
  }

  public List<ElementCount> of(long definitionKey, VisibleCases visible) {
    if (visible.none()) {
      return List.of();
    }
    List<ProcessElementStatistics> statistics =
        client
            .newProcessDefinitionElementStatisticsRequest(definitionKey)
            .filter(
                filter -> {
                  if (!visible.all()) {
                    filter.processInstanceKey(key -> key.in(new ArrayList<>(visible.keys())));
                  }
                })
            .execute();
    Map<String, ProcessElementStatistics> byElement = new HashMap<>();
    statistics.forEach(element -> byElement.put(element.getElementId(), element));
    ProcessModel model = models.of(definitionKey);
    List<ElementCount> counts = new ArrayList<>();
    for (ProcessModel.Step step : model.steps()) {
      ProcessElementStatistics element = byElement.get(step.id());
      counts.add(
          new ElementCount(
              step.id(),
              step.displayName(),
              step.type(),
              element == null ? 0 : n(element.getActive()),
              element == null ? 0 : n(element.getIncidents()),
              element == null ? 0 : n(element.getCompleted()),
              element == null ? 0 : n(element.getCanceled())));
    }
    return counts;
  }

  private static long n(Long count) {
    return count == null ? 0 : count;
  }
}
