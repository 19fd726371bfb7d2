package org.tongxing.app.diagram;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.statistics.response.ProcessElementStatistics;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads a case's path through the Camunda client (element statistics of the instance and the
 * sequence flows it took), so it works on both runtimes.
 */
@Component
public class ProcessPathReader {

  private final CamundaClient client;

  public ProcessPathReader(CamundaClient client) {
    this.client = client;
  }

  public ProcessPath read(long processInstanceKey) {
    List<ProcessElementStatistics> elements =
        client.newProcessInstanceElementStatisticsRequest(processInstanceKey).execute();
    Set<String> completed = new HashSet<>();
    Set<String> active = new HashSet<>();
    Set<String> incidents = new HashSet<>();
    for (ProcessElementStatistics element : elements) {
      if (positive(element.getCompleted())) {
        completed.add(element.getElementId());
      }
      if (positive(element.getActive())) {
        active.add(element.getElementId());
      }
      if (positive(element.getIncidents())) {
        incidents.add(element.getElementId());
      }
    }
    Set<String> taken =
        client.newProcessInstanceSequenceFlowsRequest(processInstanceKey).execute().stream()
            // the BPMN id of the flow; getSequenceFlowId() names the taken flow of this instance
            .map(flow -> flow.getElementId())
            .collect(Collectors.toSet());
    return new ProcessPath(completed, active, incidents, taken);
  }

  private static boolean positive(Long count) {
    return count != null && count > 0;
  }
}
