package org.tongxing.app.process;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ProcessDefinition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.app.tasklist.EngineCalls;

/**
 * The processes deployed on the runtime, latest version of each, read through the client. Kept for
 * a short while: every queue page offers them as a filter, and a deployment is rare, so a new
 * process shows up within {@link #FRESHNESS}.
 */
@Component
public class ProcessDefinitions {

  static final Duration FRESHNESS = Duration.ofSeconds(30);
  private static final int MOST = 1000;

  private final CamundaClient client;
  private final Clock clock;
  private volatile Snapshot snapshot;

  @Autowired
  public ProcessDefinitions(CamundaClient client) {
    this(client, Clock.systemUTC());
  }

  ProcessDefinitions(CamundaClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /** The latest version of every deployed process, by name. */
  public List<DeployedProcess> latest() {
    Snapshot current = snapshot;
    Instant now = clock.instant();
    if (current == null || current.readAt().plus(FRESHNESS).isBefore(now)) {
      current = new Snapshot(now, read());
      snapshot = current;
    }
    return current.processes();
  }

  private List<DeployedProcess> read() {
    List<ProcessDefinition> definitions =
        EngineCalls.call(
            () ->
                client
                    .newProcessDefinitionSearchRequest()
                    .sort(sort -> sort.processDefinitionId().asc().version().desc())
                    .page(page -> page.limit(MOST))
                    .execute()
                    .items());
    Map<String, DeployedProcess> latest = new LinkedHashMap<>();
    for (ProcessDefinition definition : definitions) {
      DeployedProcess process =
          new DeployedProcess(
              definition.getProcessDefinitionKey(),
              definition.getProcessDefinitionId(),
              definition.getName(),
              definition.getVersion());
      latest.merge(process.processId(), process, (a, b) -> a.version() >= b.version() ? a : b);
    }
    return latest.values().stream()
        .sorted(Comparator.comparing(DeployedProcess::displayName))
        .toList();
  }

  private record Snapshot(Instant readAt, List<DeployedProcess> processes) {}
}
