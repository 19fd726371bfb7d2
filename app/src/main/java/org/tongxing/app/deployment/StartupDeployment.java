package org.tongxing.app.deployment;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tongxing.app.modeler.deployed.DeployedResource;
import org.tongxing.app.modeler.deployed.DeploymentLog;
import org.tongxing.app.modeler.deployed.DeploymentLog.LoggedResource;
import org.tongxing.app.modeler.deployed.DeploymentRecord;
import org.tongxing.app.modeler.deployed.DeploymentSource;
import org.tongxing.app.modeler.draft.Author;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelFiles;
import org.tongxing.app.modeler.resource.ModelSummary;
import org.tongxing.app.modeler.resource.RepositoryModels;

/**
 * Deploys the policy paths ({@code workflows/}) and their forms ({@code forms/}) through the
 * Camunda client once the app is ready, so its own REST API already listens on the embedded
 * runtime. Unchanged resources are recognised as duplicates and keep their versions.
 *
 * <p>A policy owner's deployment from the modeler stays live across restarts: a repository file
 * that has not changed since it was last deployed at start-up is not deployed over a later modeler
 * deployment of the same process, DMN file or form. A repository file that did change (a new
 * release) is deployed, and the log says whose version it replaces. What it deployed goes into the
 * {@link DeploymentLog}.
 */
@Component
@ConditionalOnProperty(
    name = "tongxing.deploy-on-startup",
    havingValue = "true",
    matchIfMissing = true)
public class StartupDeployment {

  private static final Logger LOG = LoggerFactory.getLogger(StartupDeployment.class);
  static final Author STARTUP = new Author("system", "启动部署");
  static final String REASON = "workflows/ and forms/ at start-up";

  private final CamundaClient client;
  private final RepositoryModels repository;
  private final DeploymentLog log;
  private final Duration requestTimeout;

  /**
   * @param requestTimeout how long the deployment of everything may take: the client's default (10
   *     s) was seen to run out on a loaded machine with the policy's twenty-odd resources
   */
  public StartupDeployment(
      CamundaClient client,
      RepositoryModels repository,
      DeploymentLog log,
      @Value("${tongxing.deployment.request-timeout:60s}") Duration requestTimeout) {
    this.client = client;
    this.repository = repository;
    this.log = log;
    this.requestTimeout = requestTimeout;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void deploy() {
    List<ModelFile> found = repository.all();
    if (found.isEmpty()) {
      LOG.warn("No workflows or forms found to deploy ({})", RepositoryModels.PATTERNS);
      return;
    }
    List<ModelFile> toDeploy = new ArrayList<>();
    for (ModelFile file : found) {
      if (!keptFromTheModeler(file)) {
        toDeploy.add(file);
      }
    }
    if (toDeploy.isEmpty()) {
      return;
    }
    DeployResourceCommandStep2 command = null;
    for (ModelFile file : toDeploy) {
      command =
          command == null
              ? client.newDeployResourceCommand().addResourceBytes(file.bytes(), file.fileName())
              : command.addResourceBytes(file.bytes(), file.fileName());
    }
    DeploymentEvent deployment = command.requestTimeout(requestTimeout).send().join();
    deployment
        .getProcesses()
        .forEach(
            p ->
                LOG.info(
                    "Deployed process {} version {} ({})",
                    p.getBpmnProcessId(),
                    p.getVersion(),
                    p.getResourceName()));
    deployment
        .getDecisionRequirements()
        .forEach(
            d ->
                LOG.info(
                    "Deployed decisions {} version {} ({})",
                    d.getDmnDecisionRequirementsId(),
                    d.getVersion(),
                    d.getResourceName()));
    deployment
        .getForm()
        .forEach(
            f ->
                LOG.info(
                    "Deployed form {} version {} ({})",
                    f.getFormId(),
                    f.getVersion(),
                    f.getResourceName()));
    record(toDeploy, deployment);
  }

  /** True when a modeler deployment came after the last start-up deployment of this same file. */
  private boolean keptFromTheModeler(ModelFile file) {
    ModelSummary summary = ModelFiles.summarize(file);
    Optional<LoggedResource> last = log.latestOf(file.kind(), summary.resourceId());
    if (last.isEmpty() || last.get().source() != DeploymentSource.MODELER) {
      return false;
    }
    Optional<LoggedResource> lastStartup =
        log.latestOf(file.kind(), summary.resourceId(), DeploymentSource.STARTUP);
    if (lastStartup.isPresent()
        && lastStartup.get().resource().checksum().equals(file.checksum())) {
      LOG.info(
          "Kept {} as deployed from the modeler by {} on {}: {} has not changed since",
          summary.resourceId(),
          last.get().resource().fileName(),
          last.get().deployedAt(),
          repository.path(file));
      return true;
    }
    LOG.warn(
        "{} changed since the last start: it replaces {} as deployed from the modeler on {}",
        repository.path(file),
        summary.resourceId(),
        last.get().deployedAt());
    return false;
  }

  /** Logs the files whose content differs from what the last start-up deployed. */
  private void record(List<ModelFile> deployed, DeploymentEvent event) {
    List<DeployedResource> changed =
        DeploymentLog.resources(deployed, event).stream()
            .filter(
                resource ->
                    log.latestOf(resource.kind(), resource.resourceId(), DeploymentSource.STARTUP)
                        .map(last -> !last.resource().checksum().equals(resource.checksum()))
                        .orElse(true))
            .toList();
    if (!changed.isEmpty()) {
      log.record(
          new DeploymentRecord(
              null,
              event.getKey(),
              DeploymentSource.STARTUP,
              null,
              null,
              STARTUP,
              REASON,
              null,
              OffsetDateTime.now(),
              changed));
    }
  }
}
