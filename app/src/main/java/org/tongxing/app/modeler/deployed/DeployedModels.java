package org.tongxing.app.modeler.deployed;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.SearchResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What runs, read through the Camunda client (so on either runtime): deployed processes and
 * decisions with their XML, and how many instances run on each process version. Forms cannot be
 * listed through the API; {@link DeploymentLog} knows those the app deployed.
 */
@Component
public class DeployedModels {

  private static final int PAGE = 500;

  private final CamundaClient client;

  public DeployedModels(CamundaClient client) {
    this.client = client;
  }

  /** The latest version of every deployed process, by id. */
  public List<ProcessVersion> latestProcesses() {
    return latest(allProcessVersions(), ProcessVersion::processId, ProcessVersion::version);
  }

  public Optional<ProcessVersion> latestProcess(String processId) {
    return client
        .newProcessDefinitionSearchRequest()
        .filter(f -> f.processDefinitionId(processId))
        .sort(s -> s.version().desc())
        .page(p -> p.limit(1))
        .execute()
        .items()
        .stream()
        .findFirst()
        .map(DeployedModels::process);
  }

  public Optional<ProcessVersion> process(long key) {
    return client
        .newProcessDefinitionSearchRequest()
        .filter(f -> f.processDefinitionKey(key))
        .execute()
        .items()
        .stream()
        .findFirst()
        .map(DeployedModels::process);
  }

  public String processXml(long key) {
    return client.newProcessDefinitionGetXmlRequest(key).execute();
  }

  /** The latest version of every deployed DMN file (decision requirements graph), by id. */
  public List<DecisionGraphVersion> latestDecisionGraphs() {
    List<DecisionGraphVersion> all =
        pages(
            from ->
                client
                    .newDecisionRequirementsSearchRequest()
                    .page(p -> p.from(from).limit(PAGE))
                    .execute(),
            drg ->
                new DecisionGraphVersion(
                    drg.getDmnDecisionRequirementsId(),
                    drg.getDmnDecisionRequirementsName(),
                    drg.getVersion(),
                    drg.getDecisionRequirementsKey(),
                    drg.getResourceName()));
    return latest(all, DecisionGraphVersion::decisionRequirementsId, DecisionGraphVersion::version);
  }

  public Optional<DecisionVersion> latestDecision(String decisionId) {
    return client
        .newDecisionDefinitionSearchRequest()
        .filter(f -> f.decisionDefinitionId(decisionId))
        .sort(s -> s.version().desc())
        .page(p -> p.limit(1))
        .execute()
        .items()
        .stream()
        .findFirst()
        .map(
            d ->
                new DecisionVersion(
                    d.getDmnDecisionId(),
                    d.getDmnDecisionName(),
                    d.getVersion(),
                    d.getDecisionKey(),
                    d.getDmnDecisionRequirementsId(),
                    d.getDecisionRequirementsKey()));
  }

  public Optional<DecisionGraphVersion> decisionGraph(long key) {
    return latestDecisionGraphs().stream()
        .filter(drg -> drg.key() == key)
        .findFirst()
        .or(
            () ->
                client
                    .newDecisionRequirementsSearchRequest()
                    .filter(f -> f.decisionRequirementsKey(key))
                    .execute()
                    .items()
                    .stream()
                    .findFirst()
                    .map(
                        drg ->
                            new DecisionGraphVersion(
                                drg.getDmnDecisionRequirementsId(),
                                drg.getDmnDecisionRequirementsName(),
                                drg.getVersion(),
                                drg.getDecisionRequirementsKey(),
                                drg.getResourceName())));
  }

  public String decisionRequirementsXml(long key) {
    return client.newDecisionRequirementsGetXmlRequest(key).execute();
  }

  /** Running (active) instances of a process, per version: the versions they stay on. */
  public Map<Integer, Long> activeInstancesByVersion(String processId) {
    Map<Integer, Long> counts = new LinkedHashMap<>();
    allProcessVersions().stream()
        .filter(process -> process.processId().equals(processId))
        .sorted(Comparator.comparingInt(ProcessVersion::version))
        .forEach(
            process -> {
              Long total =
                  client
                      .newProcessInstanceSearchRequest()
                      .filter(
                          f ->
                              f.processDefinitionKey(process.key())
                                  .state(ProcessInstanceState.ACTIVE))
                      .page(p -> p.limit(1))
                      .execute()
                      .page()
                      .totalItems();
              if (total != null && total > 0) {
                counts.put(process.version(), total);
              }
            });
    return counts;
  }

  private List<ProcessVersion> allProcessVersions() {
    return pages(
        from ->
            client
                .newProcessDefinitionSearchRequest()
                .page(p -> p.from(from).limit(PAGE))
                .execute(),
        DeployedModels::process);
  }

  private static ProcessVersion process(
      io.camunda.client.api.search.response.ProcessDefinition definition) {
    return new ProcessVersion(
        definition.getProcessDefinitionId(),
        definition.getName(),
        definition.getVersion(),
        definition.getProcessDefinitionKey(),
        definition.getResourceName());
  }

  /** Every item of a search, page by page. */
  private static <R, T> List<T> pages(
      Function<Integer, SearchResponse<R>> search, Function<R, T> map) {
    List<T> all = new ArrayList<>();
    for (int from = 0; ; from += PAGE) {
      SearchResponse<R> page = search.apply(from);
      page.items().forEach(item -> all.add(map.apply(item)));
      Long total = page.page() == null ? null : page.page().totalItems();
      if (page.items().size() < PAGE || (total != null && from + PAGE >= total)) {
        return all;
      }
    }
  }

  private static <T> List<T> latest(
      List<T> all, Function<T, String> id, Function<T, Integer> version) {
    return all.stream()
        .collect(
            Collectors.toMap(
                id,
                item -> item,
                (a, b) -> version.apply(a) >= version.apply(b) ? a : b,
                LinkedHashMap::new))
        .values()
        .stream()
        .sorted(Comparator.comparing(id))
        .toList();
  }
}
