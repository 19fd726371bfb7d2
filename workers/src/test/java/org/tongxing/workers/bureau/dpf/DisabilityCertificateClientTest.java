package org.tongxing.workers.bureau.dpf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withException;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withResourceNotFound;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServiceUnavailable;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;
import static org.tongxing.workers.bureau.dpf.CertificateResponses.certificate;
import static org.tongxing.workers.bureau.dpf.CertificateResponses.certificateNotFound;

import java.net.SocketTimeoutException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauUnavailableException;

class DisabilityCertificateClientTest {

  private static final String BASE_URL = "http://dpf.test/sandbox/dpf";
  private static final String NUMBER = "33030219780415211242";
  private static final String URL = BASE_URL + "/disability-certificates/" + NUMBER;

  private MockRestServiceServer server;
  private DisabilityCertificateClient client;

  @BeforeEach
  void setUp() {
    RestClient.Builder builder = RestClient.builder();
    server = MockRestServiceServer.bindTo(builder).build();
    client =
        new DisabilityCertificateClient(
            new BureauClient(
                DisabilityCertificateClient.SYSTEM.name(), builder.build(), () -> BASE_URL));
  }

  @AfterEach
  void verifyRequests() {
    server.verify();
  }

  @Test
  void shouldReadAFoundCertificate() {
    // given
    server
        .expect(requestTo(URL))
        .andExpect(method(HttpMethod.GET))
        .andExpect(header("Accept", "application/json, application/problem+json"))
        .andRespond(
            withSuccess(
                certificate(NUMBER, "陈建国", "physical", 2, "VALID"), MediaType.APPLICATION_JSON));

    // when
    Optional<DisabilityCertificate> found = client.findCertificate(NUMBER);

    // then
    assertThat(found)
        .get()
        .satisfies(
            certificate -> {
              assertThat(certificate.certificateNumber()).isEqualTo(NUMBER);
              assertThat(certificate.holderName()).isEqualTo("陈建国");
              assertThat(certificate.disabilityCategory()).isEqualTo("physical");
              assertThat(certificate.disabilityCategoryName()).isEqualTo("肢体残疾");
              assertThat(certificate.disabilityLevel()).isEqualTo(2);
              assertThat(certificate.validUntil()).isEqualTo(LocalDate.of(2029, 6, 11));
              assertThat(certificate.status()).isEqualTo(DisabilityCertificate.VALID);
            });
  }

  @Test
  void shouldAnswerEmptyForACertificateNotFoundProblem() {
    // given
    server
        .expect(requestTo(URL))
        .andRespond(
            withResourceNotFound()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(certificateNotFound(NUMBER)));

    // when
    Optional<DisabilityCertificate> found = client.findCertificate(NUMBER);

    // then
    assertThat(found).isEmpty();
  }

  @Test
  void shouldFailOnA404ThatIsNotCertificateNotFound() {
    // given a wrong base URL or a disabled sandbox: Spring's own 404
    server
        .expect(requestTo(URL))
        .andRespond(
            withResourceNotFound()
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\": 404, \"error\": \"Not Found\", \"path\": \"/sandbox/dpf\"}"));

    // when / then
    assertThatThrownBy(() -> client.findCertificate(NUMBER))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessage(
            "Expected 200 or a certificate-not-found 404 from GET %s for certificate '%s', but got"
                + " 404 NOT_FOUND",
            URL, NUMBER);
  }

  @Test
  void shouldFailWhenTheSystemIsUnavailable() {
    // given
    server.expect(requestTo(URL)).andRespond(withServiceUnavailable());

    // when / then
    assertThatThrownBy(() -> client.findCertificate(NUMBER))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessage(
            "Expected 200 or a certificate-not-found 404 from GET %s for certificate '%s', but got"
                + " 503 SERVICE_UNAVAILABLE",
            URL, NUMBER);
  }

  @Test
  void shouldFailOnATimeout() {
    // given
    server
        .expect(requestTo(URL))
        .andRespond(withException(new SocketTimeoutException("timed out")));

    // when / then
    assertThatThrownBy(() -> client.findCertificate(NUMBER))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessageStartingWith(
            "Expected the DPF certificate system at %s to answer for certificate '%s', but"
                .formatted(BASE_URL, NUMBER))
        .hasMessageEndingWith("but SocketTimeoutException: timed out");
  }

  @Test
  void shouldFailOnAnUnreadableAnswer() {
    // given
    server
        .expect(requestTo(URL))
        .andRespond(withSuccess("<html>maintenance</html>", MediaType.TEXT_HTML));

    // when / then
    assertThatThrownBy(() -> client.findCertificate(NUMBER))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessageStartingWith("Expected the DPF certificate system at " + BASE_URL);
  }

  @Test
  void shouldEncodeTheCertificateNumberIntoThePath() {
    // given a number that would otherwise change the path
    server
        .expect(requestTo(BASE_URL + "/disability-certificates/..%2Fadmin"))
        .andRespond(
            withResourceNotFound()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(certificateNotFound("../admin")));

    // when
    Optional<DisabilityCertificate> found = client.findCertificate("../admin");

    // then
    assertThat(found).isEmpty();
  }
}
