package org.tongxing.app.monitoring;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ProcessDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The deployed processes and their versions, newest version first, for filters and lists. */
@Component
public class ProcessCatalog {

  private static final int MOST_VERSIONS = 2000;

  /** One process with its versions (newest first) and the name of its newest version. */
  public record Process(String id, String name, List<Version> versions) {}

  public record Version(long key, int version, String name) {}

  private final CamundaClient client;

  public ProcessCatalog(CamundaClient client) {
    this.client = client;
  }

  public List<Process> processes() {
    List<ProcessDefinition> definitions =
        SearchPaging.upTo(
                MOST_VERSIONS,
                page ->
                    client
                        .newProcessDefinitionSearchRequest()
                        .sort(sort -> sort.processDefinitionId().asc())
                        .page(page)
                        .execute())
            .items();
    Map<String, List<Version>> byId = new LinkedHashMap<>();
    for (ProcessDefinition definition : definitions) {
      byId.computeIfAbsent(definition.getProcessDefinitionId(), id -> new ArrayList<>())
          .add(
              new Version(
                  definition.getProcessDefinitionKey(),
                  definition.getVersion(),
                  definition.getName()));
    }
    List<Process> processes = new ArrayList<>();
    byId.forEach(
        (id, versions) -> {
          versions.sort(Comparator.comparingInt(Version::version).reversed());
          String name = versions.get(0).name();
          processes.add(
              new Process(id, name == null || name.isBlank() ? id : name, List.copyOf(versions)));
        });
    processes.sort(Comparator.comparing(Process::name));
    return processes;
  }

  /** The name of a process's newest version, or its id. */
  public static String nameOf(List<Process> processes, String processId) {
    return processes.stream()
        .filter(process -> process.id().equals(processId))
        .map(Process::name)
        .findFirst()
        .orElse(processId);
  }
}
