package org.tongxing.workers.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withBadRequest;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withNoContent;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withResourceNotFound;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServiceUnavailable;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** The contract every bureau client keeps, on stubbed answers. */
class BureauClientTest {

  private static final String BASE = "http://bureau.test/api";
  private static final String NOT_FOUND = "urn:tongxing:problem:thing-not-found";
  private static final String CONFLICT = "urn:tongxing:problem:benefit-already-granted";

  private MockRestServiceServer server;
  private BureauClient client;

  record Thing(String name) {}

  @BeforeEach
  void setUp() {
    RestClient.Builder builder = RestClient.builder();
    server = MockRestServiceServer.bindTo(builder).build();
    client = new BureauClient("test bureau", builder.build(), () -> BASE);
  }

  @AfterEach
  void verifyRequests() {
    server.verify();
  }

  @Test
  void shouldReadTheRecordOrNothingForTheAgreedNotFound() {
    // given
    server
        .expect(requestTo(BASE + "/things/a"))
        .andExpect(method(HttpMethod.GET))
        .andExpect(header("Accept", "application/json, application/problem+json"))
        .andRespond(withSuccess("{\"name\": \"甲\"}", MediaType.APPLICATION_JSON));
    server
        .expect(requestTo(BASE + "/things/b"))
        .andRespond(
            withResourceNotFound()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body("{\"type\": \"" + NOT_FOUND + "\", \"status\": 404}"));

    // when / then
    assertThat(
            client
                .get("/things/{id}", "a")
                .outcome(HttpStatus.NOT_FOUND, NOT_FOUND)
                .find(Thing.class))
        .contains(new Thing("甲"));
    assertThat(
            client
                .get("/things/{id}", "b")
                .outcome(HttpStatus.NOT_FOUND, NOT_FOUND)
                .find(Thing.class))
        .isEmpty();
  }

  @Test
  void shouldTakeAnyOther404ForAFault() {
    // given a wrong base URL answers a plain 404
    server.expect(requestTo(BASE + "/things/a")).andRespond(withResourceNotFound());

    // when / then
    assertThatThrownBy(
            () ->
                client
                    .get("/things/{id}", "a")
                    .about("for thing 'a'")
                    .outcome(HttpStatus.NOT_FOUND, NOT_FOUND)
                    .find(Thing.class))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessage(
            "Expected 200 or a thing-not-found 404 from GET %s/things/a for thing 'a', but got 404"
                + " NOT_FOUND",
            BASE);
  }

  @Test
  void shouldFailWhenAGetThatAlwaysHasAnAnswerFindsNothing() {
    // given a wrong base URL
    server.expect(requestTo(BASE + "/status/1")).andRespond(withResourceNotFound());

    // when / then
    assertThatThrownBy(() -> client.get("/status/{id}", 1).fetch(Thing.class))
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
    assertThatThrownBy(
            () ->
                client
                    .get("/status/{id}", 1)
                    .outcome(HttpStatus.NOT_FOUND, NOT_FOUND)
                    .find(Thing.class))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessage("Expected a body in the answer of GET %s/status/1, but it was empty", BASE);
  }

  @Test
  void shouldBuildTheQueryOfAList() {
    // given
    server
        .expect(requestTo(BASE + "/things?year=2025&county=lu%20cheng"))
        .andRespond(withSuccess("[{\"name\": \"甲\"}]", MediaType.APPLICATION_JSON));

    // when
    List<Thing> things =
        client
            .get("/things")
            .query("year", 2025)
            .query("county", "lu cheng")
            .fetch(new ParameterizedTypeReference<>() {});

    // then
    assertThat(things).containsExactly(new Thing("甲"));
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
        client
            .put("/benefits/a", Map.of("caseId", "JX-1"))
            .outcome(HttpStatus.CONFLICT, CONFLICT)
            .answer(Thing.class);

    // then
    assertThat(answer.isProblem()).isFalse();
    assertThat(answer.value()).isEqualTo(new Thing("陈思远"));
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
    var answer =
        client
            .put("/benefits/a", Map.of())
            .outcome(HttpStatus.CONFLICT, CONFLICT)
            .answer(Thing.class);

    // then
    assertThat(answer.isProblem()).isTrue();
    assertThat(answer.problem().status()).isEqualTo(409);
    assertThat(answer.problemMembers()).containsEntry("caseId", "JX-0");
    assertThat(answer.problemMember("caseId")).isEqualTo("JX-0");
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
    assertThatThrownBy(
            () ->
                client
                    .put("/benefits/a", Map.of())
                    .outcome(HttpStatus.CONFLICT, CONFLICT)
                    .answer(Thing.class))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessage(
            "Expected 200, 201 or a benefit-already-granted 409 from PUT %s/benefits/a, but got"
                + " 409 CONFLICT",
            BASE);
  }

  @Test
  void shouldDeleteWithoutABody() {
    // given
    server
        .expect(requestTo(BASE + "/benefits/a?caseId=JX-1"))
        .andExpect(method(HttpMethod.DELETE))
        .andRespond(withNoContent());

    // when
    var answer =
        client
            .delete("/benefits/a")
            .query("caseId", "JX-1")
            .outcome(HttpStatus.CONFLICT, CONFLICT)
            .answer();

    // then
    assertThat(answer.isProblem()).isFalse();
  }

  @Test
  void shouldTellARefusalFromAnOutage() {
    // given
    server
        .expect(requestTo(BASE + "/things/a/decisions"))
        .andExpect(method(HttpMethod.POST))
        .andExpect(content().json("{\"kind\": \"EXIT\"}"))
        .andRespond(
            withStatus(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body("{\"status\": 409, \"detail\": \"Expected DESIGNATED, but it is EXITED\"}"));
    server.expect(requestTo(BASE + "/things/a/decisions")).andRespond(withServiceUnavailable());

    // when / then
    assertThatThrownBy(() -> decide("a"))
        .isInstanceOf(BureauRequestInvalidException.class)
        .hasMessage(
            "Expected the test bureau to accept POST %s/things/a/decisions for decision 'EXIT',"
                + " but it answered 409 CONFLICT: Expected DESIGNATED, but it is EXITED",
            BASE);
    assertThatThrownBy(() -> decide("a"))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessage(
            "Expected 200 or 201 from POST %s/things/a/decisions for decision 'EXIT', but got 503"
                + " SERVICE_UNAVAILABLE",
            BASE);
  }

  @Test
  void shouldTakeABadRequestForARefusalOfEveryCall() {
    // given
    server.expect(requestTo(BASE + "/things/a")).andRespond(withBadRequest());

    // when / then
    assertThatThrownBy(() -> client.get("/things/{id}", "a").fetch(Thing.class))
        .isInstanceOf(BureauRequestInvalidException.class)
        .hasMessage(
            "Expected the test bureau to accept GET %s/things/a, but it answered 400 BAD_REQUEST:"
                + " (no problem details)",
            BASE);
  }

  @Test
  void shouldRefuseOnlyWithTheAgreedProblemType() {
    // given a conflict without the agreed type, from a proxy
    server
        .expect(requestTo(BASE + "/notices"))
        .andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.TEXT_PLAIN));

    // when / then
    assertThatThrownBy(
            () ->
                client
                    .post("/notices", Map.of())
                    .refusal(HttpStatus.CONFLICT, "urn:tongxing:problem:idempotency-conflict")
                    .answer(Thing.class))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessage("Expected 200 or 201 from POST %s/notices, but got 409 CONFLICT", BASE);
  }

  private Thing decide(String id) {
    return client
        .post("/things/{id}/decisions", Map.of("kind", "EXIT"), id)
        .about("for decision 'EXIT'")
        .refusal(HttpStatus.CONFLICT)
        .fetch(Thing.class);
  }
}
