package org.tongxing.workers.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withNoContent;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withResourceNotFound;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class BureauJsonClientTest {

  private static final String BASE = "http://bureau.test/sandbox/dpf";
  private static final String CONFLICT = "urn:tongxing:problem:benefit-already-granted";
  private static final String NOT_FOUND = "urn:tongxing:problem:benefit-not-found";

  private MockRestServiceServer server;
  private BureauJsonClient client;

  record Named(String name) {}

  @BeforeEach
  void setUp() {
    RestClient.Builder builder = RestClient.builder();
    server = MockRestServiceServer.bindTo(builder).build();
    client = new BureauJsonClient("DPF benefit register", builder.build(), () -> BASE);
  }

  @AfterEach
  void verifyRequests() {
    server.verify();
  }

  @Test
  void shouldPutJsonAndReadTheRecordWritten() {
    // given
    server
        .expect(requestTo(BASE + "/benefits/a"))
        .andExpect(method(HttpMethod.PUT))
        .andExpect(content().json("{\"caseId\": \"JX-1\"}"))
        .andRespond(
            withStatus(HttpStatus.CREATED)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\": \"陈思远\"}"));

    // when
    var answer =
        client.put(Named.class, Map.of("caseId", "JX-1"), CONFLICT, "for a", "/benefits/a");

    // then
    assertThat(answer.isProblem()).isFalse();
    assertThat(answer.value()).isEqualTo(new Named("陈思远"));
  }

  @Test
  void shouldAnswerTheAgreedConflictAsAProblemWithItsMembers() {
    // given
    server
        .expect(requestTo(BASE + "/benefits/a"))
        .andRespond(
            withStatus(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(
                    "{\"type\": \"%s\", \"status\": 409, \"caseId\": \"JX-0\"}"
                        .formatted(CONFLICT)));

    // when
    var answer = client.put(Named.class, Map.of(), CONFLICT, "for a", "/benefits/a");

    // then
    assertThat(answer.isProblem()).isTrue();
    assertThat(answer.problem().status()).isEqualTo(409);
    assertThat(answer.problemMembers()).containsEntry("caseId", "JX-0");
  }

  @Test
  void shouldFailOnAConflictOfAnotherType() {
    // given
    server
        .expect(requestTo(BASE + "/benefits/a"))
        .andRespond(
            withStatus(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body("{\"type\": \"about:blank\", \"status\": 409}"));

    // when / then
    assertThatThrownBy(() -> client.put(Named.class, Map.of(), CONFLICT, "for a", "/benefits/a"))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessage(
            "Expected 200, 201 or a benefit-already-granted 409 from PUT %s/benefits/a, but got"
                + " 409 CONFLICT",
            BASE);
  }

  @Test
  void shouldFailWhenAGetThatAlwaysHasAnAnswerFindsNothing() {
    // given a wrong base URL
    server.expect(requestTo(BASE + "/status/1")).andRespond(withResourceNotFound());

    // when / then
    assertThatThrownBy(() -> client.get(Named.class, "for 1", "/status/{id}", 1))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessage("Expected 200 from GET %s/status/1, but got 404 NOT_FOUND", BASE);
  }

  @Test
  void shouldFailOnAnEmptyBody() {
    // given
    server
        .expect(requestTo(BASE + "/status/1"))
        .andRespond(withSuccess("", MediaType.APPLICATION_JSON));

    // when / then
    assertThatThrownBy(() -> client.find(Named.class, NOT_FOUND, "for 1", "/status/{id}", 1))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessage("Expected a body in the answer of GET %s/status/1, but it was empty", BASE);
  }

  @Test
  void shouldDeleteWithoutABody() {
    // given
    server
        .expect(requestTo(BASE + "/benefits/a?caseId=JX-1"))
        .andExpect(method(HttpMethod.DELETE))
        .andRespond(withNoContent());

    // when
    var answer = client.delete(CONFLICT, "for a", "/benefits/a?caseId={caseId}", "JX-1");

    // then
    assertThat(answer.isProblem()).isFalse();
  }
}
