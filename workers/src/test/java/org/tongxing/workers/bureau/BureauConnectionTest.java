package org.tongxing.workers.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withResourceNotFound;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServiceUnavailable;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** The contract every bureau client of items 5 and 6 keeps, on stubbed answers. */
class BureauConnectionTest {

  private static final String BASE = "http://bureau.test/api";
  private static final String NOT_FOUND = "urn:tongxing:problem:legal-person-not-found";

  private MockRestServiceServer server;
  private BureauConnection connection;

  record Thing(String name) {}

  @BeforeEach
  void setUp() {
    RestClient.Builder builder = RestClient.builder();
    server = MockRestServiceServer.bindTo(builder).build();
    connection = new BureauConnection(builder.build(), () -> BASE, "the test bureau");
  }

  @Test
  void shouldReadTheRecordOrNothingForTheDocumentedNotFound() {
    // given
    server
        .expect(requestTo(BASE + "/things/a"))
        .andRespond(withSuccess("{\"name\": \"甲\"}", MediaType.APPLICATION_JSON));
    server
        .expect(requestTo(BASE + "/things/b"))
        .andRespond(
            withResourceNotFound()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body("{\"type\": \"" + NOT_FOUND + "\", \"status\": 404}"));

    // when / then
    assertThat(connection.getOne("/things/{id}", Thing.class, NOT_FOUND, "a"))
        .contains(new Thing("甲"));
    assertThat(connection.getOne("/things/{id}", Thing.class, NOT_FOUND, "b")).isEmpty();
  }

  @Test
  void shouldTakeAnyOther404ForAFault() {
    // given a wrong base URL answers a plain 404
    server.expect(requestTo(BASE + "/things/a")).andRespond(withResourceNotFound());

    // when / then
    assertThatThrownBy(() -> connection.getOne("/things/{id}", Thing.class, NOT_FOUND, "a"))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessage(
            "Expected 200 from the test bureau at %s/things/a, but got 404 NOT_FOUND", BASE);
  }

  @Test
  void shouldBuildTheQueryOfAList() {
    // given
    server
        .expect(requestTo(BASE + "/things?year=2025&county=lucheng"))
        .andRespond(withSuccess("[{\"name\": \"甲\"}]", MediaType.APPLICATION_JSON));

    // when
    List<Thing> things =
        connection.getList(
            "/things",
            uri -> uri.queryParam("year", 2025).queryParam("county", "lucheng"),
            new ParameterizedTypeReference<>() {});

    // then
    assertThat(things).containsExactly(new Thing("甲"));
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
    assertThatThrownBy(
            () -> connection.post("/things/{id}/decisions", Map.of("kind", "EXIT"), Thing.class, "a"))
        .isInstanceOf(BureauRequestInvalidException.class)
        .hasMessage(
            "Expected the test bureau to accept %s/things/a/decisions, but it answered 409"
                + " CONFLICT: Expected DESIGNATED, but it is EXITED",
            BASE);
    assertThatThrownBy(
            () -> connection.post("/things/{id}/decisions", Map.of("kind", "EXIT"), Thing.class, "a"))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessageEndingWith("but got 503 SERVICE_UNAVAILABLE");
  }
}
