package org.tongxing.app.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongxing.app.process.DeployedProcess;
import org.tongxing.app.process.ProcessDefinitions;
import org.tongxing.app.process.ProcessModel;
import org.tongxing.app.process.ProcessModelReader;
import org.tongxing.app.tasklist.TasklistUser;

/**
 * The policy paths staff can start a case on: whatever is deployed (read through the client, latest
 * versions), as long as its start event has a form. A process may limit who starts it with its
 * start event's zeebe:property {@code startGroups} (department ids, comma-separated); the
 * tasklist's own helper processes have no start form and never appear.
 */
@Component
public class CaseCatalogue {

  static final String START_GROUPS = "startGroups";
  private static final Logger LOG = LoggerFactory.getLogger(CaseCatalogue.class);

  private final ProcessDefinitions definitions;
  private final ProcessModelReader models;

  public CaseCatalogue(ProcessDefinitions definitions, ProcessModelReader models) {
    this.definitions = definitions;
    this.models = models;
  }

  public List<CatalogueEntry> startableBy(TasklistUser user) {
    List<CatalogueEntry> entries = new ArrayList<>();
    for (DeployedProcess process : definitions.latest()) {
      entry(process, user).ifPresent(entries::add);
    }
    return entries;
  }

  /** The entry of that process version, if it is the latest and the user may start it. */
  public Optional<CatalogueEntry> find(long processDefinitionKey, TasklistUser user) {
    return definitions.latest().stream()
        .filter(process -> process.key() == processDefinitionKey)
        .findFirst()
        .flatMap(process -> entry(process, user));
  }

  private Optional<CatalogueEntry> entry(DeployedProcess process, TasklistUser user) {
    ProcessModel model;
    try {
      model = models.model(process.key());
    } catch (RuntimeException e) {
      LOG.warn(
          "Process {} ({}) left out of the catalogue: {}",
          process.processId(),
          process.key(),
          e.getMessage());
      return Optional.empty();
    }
    if (model.startFormId().isEmpty() || !mayStart(model, user)) {
      return Optional.empty();
    }
    return Optional.of(
        new CatalogueEntry(
            process.key(),
            process.processId(),
            process.displayName(),
            process.version(),
            model.processPolicyClause().orElse(null)));
  }

  private static boolean mayStart(ProcessModel model, TasklistUser user) {
    return model.outline().stream()
        .filter(
            step ->
                step.kind() == org.tongxing.app.process.ProcessStep.Kind.START_EVENT
                    && step.depth() == 0)
        .map(step -> model.properties(step.elementId()).get(START_GROUPS))
        .filter(groups -> groups != null && !groups.isBlank())
        .findFirst()
        .map(groups -> Set.of(groups.split("\\s*,\\s*")).stream().anyMatch(user.groups()::contains))
        .orElse(true);
  }
}
