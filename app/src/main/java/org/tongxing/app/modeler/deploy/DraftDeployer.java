package org.tongxing.app.modeler.deploy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.DeploymentEvent;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.tongxing.app.modeler.deployed.DeploymentLog;
import org.tongxing.app.modeler.deployed.DeploymentRecord;
import org.tongxing.app.modeler.deployed.DeploymentSource;
import org.tongxing.app.modeler.draft.Author;
import org.tongxing.app.modeler.draft.DraftConflictException;
import org.tongxing.app.modeler.draft.DraftSnapshot;
import org.tongxing.app.modeler.draft.Drafts;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.web.ModelerAccess;

/**
 * Deploys a draft version through the Camunda client, for a policy owner only, after the checks
 * passed again (the confirmation page's verdict may be old), and records who deployed what, when
 * and why. A refused deployment changes nothing and records nothing.
 */
@Component
public class DraftDeployer {

  private static final Logger LOG = LoggerFactory.getLogger(DraftDeployer.class);

  private final Drafts drafts;
  private final DeploymentPlanner planner;
  private final CamundaClient client;
  private final DeploymentLog log;
  private final Clock clock;

  @Autowired
  public DraftDeployer(
      Drafts drafts, DeploymentPlanner planner, CamundaClient client, DeploymentLog log) {
    this(drafts, planner, client, log, Clock.systemDefaultZone());
  }

  DraftDeployer(
      Drafts drafts,
      DeploymentPlanner planner,
      CamundaClient client,
      DeploymentLog log,
      Clock clock) {
    this.drafts = drafts;
    this.planner = planner;
    this.client = client;
    this.log = log;
    this.clock = clock;
  }

  /**
   * Deploys version {@code expectedVersion} of the draft, which must still be its latest.
   *
   * @param summary what the confirmation said would change, kept with the record
   */
  public DeploymentRecord deploy(
      long draftId, int expectedVersion, String reason, String summary, Authentication user) {
    ModelerAccess.requireEditor(user, "deploy");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Expected a reason for the deployment, but got none");
    }
    DraftSnapshot draft = drafts.latest(draftId);
    if (draft.version().number() != expectedVersion) {
      throw new DraftConflictException(draftId, expectedVersion, draft.version());
    }
    DeploymentPlan plan = planner.plan(draft);
    if (!plan.checks().passed()) {
      throw new DeploymentRefusedException(
          "Expected draft "
              + draftId
              + " version "
              + expectedVersion
              + " to pass the checks, but they found "
              + plan.checks().errors().size()
              + " error(s): "
              + plan.checks().errors(),
          plan.checks());
    }
    if (!plan.changesAnything()) {
      throw new DeploymentRefusedException(
          "Expected draft "
              + draftId
              + " version "
              + expectedVersion
              + " to change something, but every file is deployed as it is",
          plan.checks());
    }
    DeploymentEvent event = send(draft.files(), plan);
    Author author = Author.of(user);
    DeploymentRecord record =
        log.record(
            new DeploymentRecord(
                null,
                event.getKey(),
                DeploymentSource.MODELER,
                draftId,
                expectedVersion,
                author,
                reason.strip(),
                summary,
                OffsetDateTime.now(clock),
                DeploymentLog.resources(draft.files(), event)));
    LOG.info(
        "{} deployed draft {} version {} as deployment {}: {}",
        author.username(),
        draftId,
        expectedVersion,
        event.getKey(),
        reason.strip());
    return record;
  }

  private DeploymentEvent send(List<ModelFile> files, DeploymentPlan plan) {
    DeployResourceCommandStep2 command = null;
    for (ModelFile file : files) {
      command =
          command == null
              ? client.newDeployResourceCommand().addResourceBytes(file.bytes(), file.fileName())
              : command.addResourceBytes(file.bytes(), file.fileName());
    }
    try {
      return command.execute();
    } catch (ProblemException e) {
      String detail = e.details() == null ? e.getMessage() : e.details().getDetail();
      throw new DeploymentRefusedException(
          "Expected the engine to accept the deployment, but it" + " refused it: " + detail,
          plan.checks());
    } catch (ClientException e) {
      throw new DeploymentRefusedException(
          "Expected to reach the engine to deploy, but: " + e.getMessage(), plan.checks());
    }
  }
}
