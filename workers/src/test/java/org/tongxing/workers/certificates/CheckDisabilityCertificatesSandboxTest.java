package org.tongxing.workers.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.camunda.client.exception.JobError;
import java.time.Duration;
import java.util.List;
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
import org.tongxing.workers.bureau.dpf.DisabilityCertificateClient;

/**
 * The worker against the bureau sandbox over real HTTP, wired as the app wires them: the default
 * base URL points at this app's own port, and the sandbox's answers match the client's contract.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tongxing.sandbox.enabled=true",
      // no engine here: the worker is called directly
      "camunda.client.enabled=false",
      "tongxing.workers.check-disability-certificates.retry-backoff=20s"
    })
class CheckDisabilityCertificatesSandboxTest {

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @ComponentScan("org.tongxing")
  static class SandboxApp {}

  @LocalServerPort private int port;
  @Autowired private CheckDisabilityCertificatesWorker worker;
  @Autowired private DisabilityCertificateClient client;

  @AfterEach
  void resetFaults() {
    sandboxAdmin().delete().uri("/sandbox/admin/faults").retrieve().toBodilessEntity();
  }

  @Test
  void shouldCallTheSandboxOfThisApp() {
    // when
    String baseUrl = client.baseUrl();

    // then
    assertThat(baseUrl).isEqualTo("http://localhost:" + port + "/sandbox/dpf");
  }

  @Test
  void shouldCheckTheWellKnownCertificates() {
    // given the well-known numbers of bureau-sandbox/README.md
    var input =
        new CheckDisabilityCertificatesInput(
            List.of(
                new Employee("陈建国", "330302197804152112", "33030219780415211242"),
                new Employee("刘强", "510107198703104516", "51010719870310451643"),
                new Employee("钱伟", "330304198209223913", "33030419820922391342"),
                new Employee("应建军", "330324197604128618", "33032419760412861844"),
                new Employee("赵六", "330302198001010019", "33030219800101001944")));

    // when
    CheckDisabilityCertificatesOutput output = worker.checkDisabilityCertificates(input);

    // then
    assertThat(output.certificateChecks())
        .extracting(CertificateCheck::name, CertificateCheck::valid, CertificateCheck::reason)
        .containsExactly(
            tuple("陈建国", true, null),
            tuple("刘强", true, null),
            tuple("钱伟", false, "证件已过期"),
            tuple("应建军", false, "证件已注销"),
            tuple("赵六", false, "查无此证"));
    assertThat(output.certificateChecks().get(0))
        .extracting(
            CertificateCheck::disabilityCategory,
            CertificateCheck::disabilityCategoryName,
            CertificateCheck::disabilityLevel)
        .containsExactly("physical", "肢体残疾", 2);
    assertThat(output.validCertificateCount()).isEqualTo(2);
    assertThat(output.allCertificatesValid()).isFalse();
  }

  @Test
  void shouldFailTheJobWhileTheSandboxFails() {
    // given
    sandboxAdmin()
        .put()
        .uri("/sandbox/admin/faults")
        .contentType(MediaType.APPLICATION_JSON)
        .body("{\"system\": \"dpf-certificates\", \"failNext\": 1}")
        .retrieve()
        .toBodilessEntity();
    var input =
        new CheckDisabilityCertificatesInput(
            List.of(new Employee("陈建国", "330302197804152112", "33030219780415211242")));

    // when
    JobError error =
        catchThrowableOfType(JobError.class, () -> worker.checkDisabilityCertificates(input));

    // then
    assertThat(error).isNotNull();
    assertThat(error.getRetryBackoff()).isEqualTo(Duration.ofSeconds(20));
    assertThat(error.getErrorMessage()).endsWith("but got 503 SERVICE_UNAVAILABLE");
    assertThat(worker.checkDisabilityCertificates(input).allCertificatesValid()).isTrue();
  }

  private RestClient sandboxAdmin() {
    return RestClient.create("http://localhost:" + port);
  }
}
