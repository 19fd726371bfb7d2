package org.tongxing.app.security.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import io.camunda.client.api.command.ProblemException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.tongxing.app.TongxingAppTest;

/**
 * The engine's REST API answers API clients only: the app's own, and the programs of {@code
 * tongxing.api.clients}; anyone else gets a 401 problem that says what was expected.
 */
@TongxingAppTest
@TestPropertySource(
    properties = {
      "tongxing.api.clients[0].username=payments-worker",
      "tongxing.api.clients[0].password=a-long-random-secret"
    })
class ApiAuthenticationTest {

  @Autowired CamundaClient appClient;

  @Test
  void shouldAnswerTheAppsOwnClientAndAConfiguredOne() {
    // when / then
    assertThat(appClient.newTopologyRequest().send().join().getBrokers()).isNotEmpty();
    try (CamundaClient worker =
        client(b -> b.credentialsProvider(basic("payments-worker", "a-long-random-secret")))) {
      assertThat(worker.newUserTaskSearchRequest().send().join().items()).isNotNull();
    }
  }

  @Test
  void shouldRefuseAClientWithoutCredentialsSayingWhatItExpects() {
    try (CamundaClient anonymous = client(UnaryOperator.identity())) {
      // when / then
      assertThatThrownBy(() -> anonymous.newUserTaskSearchRequest().send().join())
          .isInstanceOf(ProblemException.class)
          .satisfies(
              e -> {
                ProblemException problem = (ProblemException) e;
                assertThat(problem.code()).isEqualTo(401);
                assertThat(problem.details().getTitle()).isEqualTo("UNAUTHENTICATED");
                assertThat(problem.details().getDetail())
                    .isEqualTo(
                        "Expected HTTP Basic credentials"
                            + " of an API client (tongxing.api.clients), but POST /v2/user-tasks/search had"
                            + " none");
              });
    }
  }

  @Test
  void shouldRefuseAWrongSecretNamingTheUser() {
    try (CamundaClient impostor =
        client(b -> b.credentialsProvider(basic("payments-worker", "guessed")))) {
      // when / then
      assertThatThrownBy(
              () ->
                  impostor
                      .newCreateInstanceCommand()
                      .bpmnProcessId("any")
                      .latestVersion()
                      .send()
                      .join())
          .isInstanceOf(ProblemException.class)
          .hasMessageContaining("401")
          .hasMessageContaining("'payments-worker' is not one or its secret is wrong");
    }
  }

  @Test
  void shouldNotLetAStaffSignInOrSessionStandForAnApiClient() throws Exception {
    // given a demo user's name and password, which sign in to the tasklist
    URI search = appClient.getConfiguration().getRestAddress().resolve("/v2/user-tasks/search");
    HttpRequest request =
        HttpRequest.newBuilder(search)
            .header("content-type", "application/json")
            .header(
                "authorization",
                "Basic "
                    + java.util.Base64.getEncoder()
                        .encodeToString(
                            "dpf-zhang:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();

    // when
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    // then
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("www-authenticate"))
        .hasValue("Basic realm=\"Tongxing API\"");
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.headers().firstValue("set-cookie")).isEmpty();
    assertThat(response.body()).contains("'dpf-zhang' is not one");
  }

  private CamundaClient client(UnaryOperator<io.camunda.client.CamundaClientBuilder> credentials) {
    return credentials
        .apply(
            CamundaClient.newClientBuilder()
                .restAddress(appClient.getConfiguration().getRestAddress())
                .preferRestOverGrpc(true)
                .defaultJobWorkerStreamEnabled(false))
        .build();
  }

  private static CredentialsProvider basic(String username, String secret) {
    return CredentialsProvider.newBasicAuthCredentialsProviderBuilder()
        .username(username)
        .password(secret)
        .applyEnvironmentOverrides(false)
        .build();
  }
}
