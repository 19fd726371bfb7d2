package org.tongxing.app.security.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiClientsTest {

  @Test
  void shouldKnowAClientOnlyByItsOwnSecret() {
    // given
    ApiClients clients =
        ApiClients.of(
            Map.of(
                "tongxing.api.clients[0]", new ApiProperties.Client("payments-worker", "s3cret")));

    // when / then
    assertThat(clients.authenticate("payments-worker", "s3cret")).hasValue("payments-worker");
    assertThat(clients.authenticate("payments-worker", "s3cret ")).isEmpty();
    assertThat(clients.authenticate("payments-worker", null)).isEmpty();
    assertThat(clients.authenticate("someone", "s3cret")).isEmpty();
  }

  @Test
  void shouldRefuseAnEmptySecretNamingTheSetting() {
    assertThatThrownBy(
            () ->
                ApiClients.of(
                    Map.of("camunda.client.auth", new ApiProperties.Client("tongxing-app", ""))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Expected a secret for the API client 'tongxing-app' (camunda.client.auth),"
                + " but it is empty");
  }

  @Test
  void shouldRefuseAClientGivenTwice() {
    Map<String, ApiProperties.Client> clients = new LinkedHashMap<>();
    clients.put("camunda.client.auth", new ApiProperties.Client("tongxing-app", "a"));
    clients.put("tongxing.api.clients[0]", new ApiProperties.Client("tongxing-app", "b"));

    assertThatThrownBy(() -> ApiClients.of(clients))
        .hasMessage(
            "Expected each API client once, but 'tongxing-app' is given again by"
                + " tongxing.api.clients[0]");
  }
}
