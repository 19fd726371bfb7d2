package org.tongxing.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.tongxing.app.TongxingAppTest;
import org.tongxing.app.modeler.deployed.DeploymentLog;
import org.tongxing.app.modeler.deployed.DeploymentRecord;
import org.tongxing.app.modeler.deployed.DeploymentSource;
import org.tongxing.app.modeler.draft.Author;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelKind;
import org.tongxing.app.modeler.resource.RepositoryModels;

/**
 * The start-up deployment leaves a policy owner's deployment live while the repository file is
 * unchanged, and deploys a repository file that did change.
 */
@TongxingAppTest
class StartupDeploymentTest {

  @Autowired CamundaClient client;
  @Autowired DeploymentLog log;

  @Test
  void shouldKeepWhatThePolicyOwnerDeployedWhileTheRepositoryFileIsUnchanged() {
    // given a form deployed at start-up, then changed and deployed from the modeler
    String formId = "startup-" + UUID.randomUUID();
    ModelFile repository = form(formId, "仓库");
    StartupDeployment startup = startup(repository);
    startup.deploy();
    deployFromTheModeler(form(formId, "政策负责人"));

    // when the app starts again with the same repository
    startup.deploy();

    // then the policy owner's version stays the last one deployed
    assertThat(log.latestOf(ModelKind.FORM, formId))
        .hasValueSatisfying(
            latest -> {
              assertThat(latest.source()).isEqualTo(DeploymentSource.MODELER);
              assertThat(latest.resource().content()).contains("政策负责人");
            });
  }

  @Test
  void shouldDeployARepositoryFileThatChangedSinceTheLastStart() {
    // given
    String formId = "startup-" + UUID.randomUUID();
    startup(form(formId, "仓库")).deploy();
    deployFromTheModeler(form(formId, "政策负责人"));

    // when a new release of the app brings a changed file
    startup(form(formId, "新版本仓库")).deploy();

    // then it is deployed over the modeler's version
    assertThat(log.latestOf(ModelKind.FORM, formId))
        .hasValueSatisfying(
            latest -> {
              assertThat(latest.source()).isEqualTo(DeploymentSource.STARTUP);
              assertThat(latest.resource().content()).contains("新版本仓库");
              assertThat(latest.resource().version()).isEqualTo(3);
            });
  }

  private void deployFromTheModeler(ModelFile file) {
    var event =
        client
            .newDeployResourceCommand()
            .addResourceBytes(file.bytes(), file.fileName())
            .send()
            .join();
    log.record(
        new DeploymentRecord(
            null,
            event.getKey(),
            DeploymentSource.MODELER,
            null,
            null,
            new Author("dpf-policy", "何静"),
            "测试",
            null,
            OffsetDateTime.now(),
            DeploymentLog.resources(List.of(file), event)));
  }

  private StartupDeployment startup(ModelFile only) {
    RepositoryModels repository =
        new RepositoryModels(new PathMatchingResourcePatternResolver()) {
          @Override
          public List<ModelFile> all() {
            return List.of(only);
          }
        };
    return new StartupDeployment(client, repository, log, java.time.Duration.ofSeconds(60));
  }

  private static ModelFile form(String id, String text) {
    return ModelFile.of(
        id + ".form",
        """
        {"id": "%s", "type": "default", "components": [{"type": "text", "id": "t", "text": "%s"}]}
        """
            .formatted(id, text));
  }
}
