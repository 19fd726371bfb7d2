package org.tongxing.workers.legalaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.tongxing.workers.bureau.justice.LegalAidApplicationRequest;
import org.tongxing.workers.bureau.justice.LegalAidClient;

/**
 * Both legal aid workers against the Justice sandbox over real HTTP, wired as the app wires them.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tongxing.sandbox.enabled=true",
      "camunda.client.enabled=false",
      "tongxing.workers.justice-legal-aid.retry-backoff=20s"
    })
class LegalAidWorkersSandboxTest {

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @ComponentScan("org.tongxing")
  static class SandboxApp {}

  @LocalServerPort private int port;
  @Autowired private ApplyForLegalAidWorker apply;
  @Autowired private RecordLegalAidDecisionWorker record;
  @Autowired private LegalAidClient client;

  @AfterEach
  void resetFaults() {
    sandboxAdmin().delete().uri("/sandbox/admin/faults").retrieve().toBodilessEntity();
  }

  @Test
  void shouldCallTheSandboxOfThisApp() {
    // when / then
    assertThat(client.baseUrl()).isEqualTo("http://localhost:" + port + "/sandbox/justice");
  }

  @Test
  void shouldFileOnceAndWaiveTheEconomicCheckForAValidCertificate() {
    // given 陈建国 with his valid certificate (bureau-sandbox/README.md)
    var input = new ApplyForLegalAidInput(request("XF-" + UUID.randomUUID(), "330302197804152112"));

    // when the job runs twice, as a retried job would
    ApplyForLegalAidOutput first = apply.applyForLegalAid(input);
    ApplyForLegalAidOutput again = apply.applyForLegalAid(input);

    // then
    assertThat(first.legalAidApplicationNumber()).matches("FY-\\d{4}-\\d{6}");
    assertThat(first.legalAidStatus()).isEqualTo("UNDER_REVIEW");
    assertThat(first.legalAidEconomicCheckExempt()).isTrue();
    assertThat(first.legalAidExemptionReason()).contains("法律援助法 第四十二条");
    assertThat(again).isEqualTo(first);
  }

  @Test
  void shouldThrowABpmnErrorWhenTheApplicationIsIncomplete() {
    // given an ID number too short
    var input = new ApplyForLegalAidInput(request("XF-" + UUID.randomUUID(), "3303021978"));

    // when
    BpmnError error = catchThrowableOfType(BpmnError.class, () -> apply.applyForLegalAid(input));

    // then
    assertThat(error.getErrorCode()).isEqualTo(ApplyForLegalAidWorker.APPLICATION_INCOMPLETE);
    assertThat(error.getErrorMessage()).contains("applicant.idNumber must be an 18-character ID");
    assertThat(error.getVariables()).isEqualTo(Map.of("legalAidRefusal", error.getErrorMessage()));
  }

  @Test
  void shouldFailTheJobWithABackOffWhileTheSystemIsDown() {
    // given
    sandboxAdmin()
        .put()
        .uri("/sandbox/admin/faults")
        .contentType(MediaType.APPLICATION_JSON)
        .body("{\"system\": \"justice-legal-aid\", \"failNext\": 1}")
        .retrieve()
        .toBodilessEntity();

    // when
    JobError error =
        catchThrowableOfType(
            JobError.class,
            () ->
                apply.applyForLegalAid(
                    new ApplyForLegalAidInput(
                        request("XF-" + UUID.randomUUID(), "330302197804152112"))));

    // then retries are left to the starter (one less), after the configured back-off
    assertThat(error.getRetries()).isNull();
    assertThat(error.getRetryBackoff()).isEqualTo(Duration.ofSeconds(20));
    assertThat(error.getMessage())
        .startsWith(
            "Expected 200, 201 or a legal-aid-application-incomplete 422 from POST http://localhost:"
                + port
                + "/sandbox/justice/legal-aid-applications for the application 'XF-")
        .endsWith("but got 503 SERVICE_UNAVAILABLE");
  }

  @Test
  void shouldRecordTheDecision() {
    // given
    String number = fileNew();

    // when
    RecordLegalAidDecisionOutput output =
        record.recordLegalAidDecision(
            new RecordLegalAidDecisionInput(
                new RecordLegalAidDecisionInput.Decision(
                    number, "GRANTED", "符合法律援助条件", "温州市法律援助中心 周律师", "justice-feng")));

    // then
    assertThat(output.legalAidStatus()).isEqualTo("GRANTED");
    assertThat(output.legalAidProvider()).isEqualTo("温州市法律援助中心 周律师");
  }

  @Test
  void shouldRaiseAnIncidentWhenTheSystemsDisagreeOnTheDecision() {
    // given a decision recorded already
    String number = fileNew();
    record.recordLegalAidDecision(
        new RecordLegalAidDecisionInput(
            new RecordLegalAidDecisionInput.Decision(
                number, "REFUSED", "不属于法律援助范围", null, "justice-feng")));

    // when another one is recorded
    JobError error =
        catchThrowableOfType(
            JobError.class,
            () ->
                record.recordLegalAidDecision(
                    new RecordLegalAidDecisionInput(
                        new RecordLegalAidDecisionInput.Decision(
                            number, "GRANTED", null, "温州市法律援助中心", "justice-feng"))));

    // then an incident at once: retrying cannot help
    assertThat(error.getRetries()).isZero();
    assertThat(error.getMessage()).contains("409", "Expected application " + number);
  }

  private String fileNew() {
    return apply
        .applyForLegalAid(
            new ApplyForLegalAidInput(request("XF-" + UUID.randomUUID(), "330302197804152112")))
        .legalAidApplicationNumber();
  }

  private static LegalAidApplicationRequest request(String reference, String idNumber) {
    return new LegalAidApplicationRequest(
        reference,
        new LegalAidApplicationRequest.Applicant(
            "陈建国", idNumber, "13805770001", "33030219780415211242"),
        "lucheng",
        "劳动报酬纠纷",
        "用人单位拖欠工资三个月，多次协商未果",
        "温州市信访局");
  }

  private RestClient sandboxAdmin() {
    return RestClient.create("http://localhost:" + port);
  }
}
