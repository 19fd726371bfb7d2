package org.tongxing.app.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongxing.app.TongxingAppTest;
import org.tongxing.app.modeler.draft.Drafts;

/**
 * Files go in and out as the Camunda Desktop Modeler saves and opens them: an imported file starts
 * a draft as it is; an exported file names its execution platform (Camunda 8), kept when the file
 * had one, added when it had none.
 */
@TongxingAppTest
class DesktopModelerFilesTest {

  private static final String WITHOUT_PLATFORM =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Import">
        <bpmn:process id="imported-process" name="导入的流程" isExecutable="true">
          <bpmn:startEvent id="StartEvent_1" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  @LocalServerPort int port;
  @Autowired Drafts drafts;

  @Test
  void shouldStartADraftFromAnImportedFileAndExportItForCamunda8() throws Exception {
    // given
    WebSession owner = WebSession.signIn("http://localhost:" + port, "dpf-policy");
    String token = WebSession.csrf(owner.get("/modeler").body());

    // when
    HttpResponse<String> imported =
        owner.upload(
            "/modeler/drafts/import?_csrf=" + token,
            "files",
            "imported-process.bpmn",
            WITHOUT_PLATFORM,
            Map.of("title", "导入测试"));

    // then
    assertThat(imported.statusCode()).isEqualTo(302);
    String draft = imported.headers().firstValue("Location").orElseThrow();
    long id = Long.parseLong(draft.substring(draft.lastIndexOf('/') + 1));
    assertThat(drafts.latest(id).file("imported-process.bpmn").orElseThrow().content())
        .isEqualTo(WITHOUT_PLATFORM);
    HttpResponse<String> exported =
        owner.get("/modeler/drafts/" + id + "/files/imported-process.bpmn/download");
    assertThat(exported.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment", "imported-process.bpmn");
    assertThat(exported.body())
        .contains("xmlns:modeler=\"http://camunda.org/schema/modeler/1.0\"")
        .contains("modeler:executionPlatform=\"Camunda Cloud\"")
        .contains("modeler:executionPlatformVersion=\"8.8.0\"")
        .contains("<bpmn:process id=\"imported-process\" name=\"导入的流程\" isExecutable=\"true\">");
  }

  @Test
  void shouldRefuseAFileThatIsNoModelNamingIt() throws Exception {
    // given
    WebSession owner = WebSession.signIn("http://localhost:" + port, "dpf-policy");
    String token = WebSession.csrf(owner.get("/modeler").body());

    // when
    HttpResponse<String> imported =
        owner.upload(
            "/modeler/drafts/import?_csrf=" + token, "files", "notes.txt", "hello", Map.of());

    // then
    assertThat(imported.statusCode()).isEqualTo(400);
    assertThat(imported.body())
        .contains(
            "Expected a file ending in .bpmn, .dmn or .form, but got" + " &#39;notes.txt&#39;");
  }
}
