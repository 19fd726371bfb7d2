package org.tongxing.workers.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withResourceNotFound;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServiceUnavailable;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;
import static org.tongxing.workers.bureau.dpf.CertificateResponses.certificate;
import static org.tongxing.workers.bureau.dpf.CertificateResponses.certificateNotFound;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.exception.JobError;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.dpf.DisabilityCertificateClient;

class CheckDisabilityCertificatesWorkerTest {

  private static final String BASE_URL = "http://localhost:8080/sandbox/dpf";
  private static final String VALID = "33030219780415211242";
  private static final String REVOKED = "33032419760412861844";
  private static final String UNKNOWN = "33030219800101001944";

  private MockRestServiceServer server;
  private CheckDisabilityCertificatesWorker worker;

  @BeforeEach
  void setUp() {
    RestClient.Builder builder = RestClient.builder();
    server = MockRestServiceServer.bindTo(builder).build();
    worker =
        new CheckDisabilityCertificatesWorker(
            new DisabilityCertificateClient(
                new BureauClient(
                    DisabilityCertificateClient.SYSTEM.name(), builder.build(), () -> BASE_URL)),
            Duration.ofSeconds(10));
  }

  @Test
  void shouldWorkOnTheJobTypeOfTheBpmnTask() throws NoSuchMethodException {
    // when
    JobWorker annotation =
        CheckDisabilityCertificatesWorker.class
            .getMethod("checkDisabilityCertificates", CheckDisabilityCertificatesInput.class)
            .getAnnotation(JobWorker.class);

    // then
    assertThat(annotation.type()).isEqualTo("dpf-check-disability-certificates");
    assertThat(annotation.autoComplete()).isTrue();
  }

  @Test
  void shouldCompleteWithOneCheckPerEmployee() {
    // given
    expectCertificate(VALID, certificate(VALID, "陈建国", "physical", 2, "VALID"));
    expectCertificate(REVOKED, certificate(REVOKED, "应建军", "physical", 4, "REVOKED"));
    server
        .expect(requestTo(BASE_URL + "/disability-certificates/" + UNKNOWN))
        .andRespond(
            withResourceNotFound()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(certificateNotFound(UNKNOWN)));
    var input =
        new CheckDisabilityCertificatesInput(
            List.of(
                new Employee("陈建国", "330302197804152112", VALID),
                new Employee("应建军", "330324197604128618", REVOKED),
                new Employee("赵六", "330302198001010019", UNKNOWN)));

    // when
    CheckDisabilityCertificatesOutput output = worker.checkDisabilityCertificates(input);

    // then
    server.verify();
    assertThat(output.certificateChecks())
        .containsExactly(
            new CertificateCheck(VALID, "陈建国", true, "physical", "肢体残疾", 2, null),
            new CertificateCheck(REVOKED, "应建军", false, "physical", "肢体残疾", 4, "证件已注销"),
            new CertificateCheck(UNKNOWN, "赵六", false, null, null, null, "查无此证"));
    assertThat(output.validCertificateCount()).isEqualTo(1);
    assertThat(output.allCertificatesValid()).isFalse();
  }

  @Test
  void shouldReportAllValidOnlyWhenEveryCertificateIsValid() {
    // given
    expectCertificate(VALID, certificate(VALID, "陈建国", "physical", 2, "VALID"));
    var input =
        new CheckDisabilityCertificatesInput(
            List.of(new Employee("陈建国", "330302197804152112", VALID)));

    // when
    CheckDisabilityCertificatesOutput output = worker.checkDisabilityCertificates(input);

    // then
    assertThat(output.validCertificateCount()).isEqualTo(1);
    assertThat(output.allCertificatesValid()).isTrue();
  }

  @Test
  void shouldCompleteWithNoChecksWhenNoEmployeeIsDeclared() {
    // given the variable employees is missing
    var input = new CheckDisabilityCertificatesInput(null);

    // when
    CheckDisabilityCertificatesOutput output = worker.checkDisabilityCertificates(input);

    // then
    assertThat(output.certificateChecks()).isEmpty();
    assertThat(output.validCertificateCount()).isZero();
    assertThat(output.allCertificatesValid()).isFalse();
  }

  @Test
  void shouldFailTheJobWithBackoffWhenTheSystemIsUnavailable() {
    // given
    server
        .expect(requestTo(BASE_URL + "/disability-certificates/" + VALID))
        .andRespond(withServiceUnavailable());
    var input =
        new CheckDisabilityCertificatesInput(
            List.of(new Employee("陈建国", "330302197804152112", VALID)));

    // when
    JobError error =
        catchThrowableOfType(JobError.class, () -> worker.checkDisabilityCertificates(input));

    // then the starter fails the job with one retry less, to be retried in 10 s
    assertThat(error).isNotNull();
    assertThat(error.getRetries()).isNull();
    assertThat(error.getRetryBackoff()).isEqualTo(Duration.ofSeconds(10));
    assertThat(error.getVariables()).isNull();
    assertThat(error.getErrorMessage())
        .isEqualTo(
            "Expected 200 or a certificate-not-found 404 from GET %s/disability-certificates/%s for"
                + " certificate '%s', but got 503 SERVICE_UNAVAILABLE",
            BASE_URL, VALID, VALID);
  }

  private void expectCertificate(String number, String body) {
    server
        .expect(requestTo(BASE_URL + "/disability-certificates/" + number))
        .andRespond(withSuccess(body, MediaType.APPLICATION_JSON));
  }
}
