package org.tongxing.app.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.tongxing.app.TongxingAppTest;
import org.tongxing.app.modeler.deploy.DraftDeployer;
import org.tongxing.app.modeler.deployed.DeploymentLog;
import org.tongxing.app.modeler.draft.Author;
import org.tongxing.app.modeler.draft.Drafts;
import org.tongxing.app.security.Role;

/**
 * Only a policy owner deploys, and the server decides: a signed-in member of staff without the role
 * sends the very request a policy owner sends (same form fields, a valid CSRF token) and gets 403,
 * and nothing is deployed.
 */
@TongxingAppTest
class ModelerDeployAccessTest {

  @LocalServerPort int port;
  @Autowired Drafts drafts;
  @Autowired DeploymentLog deployments;
  @Autowired DraftDeployer deployer;

  private long draftId;

  @BeforeEach
  void givenADraftThatCouldBeDeployed() {
    String formId = "access-" + UUID.randomUUID();
    draftId =
        drafts
            .create(
                "说明页",
                "test",
                List.of(
                    ModelerFixtures.form(
                        formId,
                        """
        {"id": "%s", "type": "default", "components": [
          {"type": "text", "id": "Text_Intro", "text": "说明"}]}
        """
                            .formatted(formId))),
                "开始",
                new Author("dpf-policy", "何静"))
            .draft()
            .id();
  }

  @Test
  void shouldRefuseADeploymentByAUserWithoutThePolicyOwnerRole() throws Exception {
    // given the lead office's director, signed in, on the deploy page
    WebSession director = WebSession.signIn(url(""), "dpf-director");
    HttpResponse<String> page = director.get("/modeler/drafts/" + draftId + "/deploy");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("只有政策负责人可以部署。").doesNotContain("name=\"reason\"");

    // when they post the deployment anyway, with a valid CSRF token
    HttpResponse<String> posted =
        director.post(
            "/modeler/drafts/" + draftId + "/deploy",
            Map.of("version", "1", "reason", "试试", "_csrf", WebSession.csrf(page.body())));

    // then the server refuses, and nothing is deployed
    assertThat(posted.statusCode()).isEqualTo(403);
    assertThat(deployments.ofDraft(draftId)).isEmpty();
  }

  @Test
  void shouldRefuseEveryChangeToADraftByAUserWithoutThePolicyOwnerRole() throws Exception {
    // given
    WebSession director = WebSession.signIn(url(""), "dpf-director");
    String token = WebSession.csrf(director.get("/modeler/drafts/" + draftId).body());

    // when
    HttpResponse<String> restore =
        director.post(
            "/modeler/drafts/" + draftId + "/restore",
            Map.of("number", "1", "baseVersion", "1", "_csrf", token));
    HttpResponse<String> start =
        director.post(
            "/modeler/drafts",
            Map.of("source", "repository", "file", "employment-subsidy.bpmn", "_csrf", token));

    // then
    assertThat(restore.statusCode()).isEqualTo(403);
    assertThat(start.statusCode()).isEqualTo(403);
    assertThat(drafts.versions(draftId)).hasSize(1);
  }

  @Test
  void shouldDeployTheSameRequestFromAPolicyOwner() throws Exception {
    // given the same request from the policy owner: the refusal above is about the role alone
    WebSession owner = WebSession.signIn(url(""), "dpf-policy");
    String token = WebSession.csrf(owner.get("/modeler/drafts/" + draftId + "/deploy").body());

    // when
    HttpResponse<String> posted =
        owner.post(
            "/modeler/drafts/" + draftId + "/deploy",
            Map.of("version", "1", "reason", "新表单", "_csrf", token));

    // then
    assertThat(posted.statusCode()).isEqualTo(302);
    assertThat(posted.headers().firstValue("Location").orElse(""))
        .contains("/modeler/deployments/");
    assertThat(deployments.ofDraft(draftId))
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.deployedBy().username()).isEqualTo("dpf-policy");
              assertThat(record.reason()).isEqualTo("新表单");
            });
  }

  @Test
  void shouldRefuseADeploymentWithoutTheRoleAlsoBelowTheWebLayer() {
    // given a caller that got past the web layer somehow
    var supervisor =
        new TestingAuthenticationToken("hrss-chief", "demo", Role.SUPERVISOR.authority());

    // when / then
    assertThatThrownBy(() -> deployer.deploy(draftId, 1, "试试", "", supervisor))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("POLICY_OWNER");
    assertThat(deployments.ofDraft(draftId)).isEmpty();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
