package org.tongxing.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Searches no backend can answer get a 400 that names the field, on every backend alike. */
abstract class BadSearchInput {

  @Autowired CamundaClient client;

  @Test
  void shouldRefuseAPageLargerThanTheLimitNamingIt() {
    assertThatThrownBy(
            () -> client.newProcessInstanceSearchRequest().page(p -> p.limit(20_000)).send().join())
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("400")
        .hasMessageContaining("page.limit");
  }

  @Test
  void shouldRefuseACursorThatNoPageGaveNamingIt() {
    assertThatThrownBy(
            () ->
                client.newUserTaskSearchRequest().page(p -> p.after("not-a-cursor")).send().join())
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("page.after");
  }

  @Test
  void shouldRefuseACursorOfASearchInAnotherOrder() {
    // given the cursor of a page in the default order
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("bad-cursor").startEvent().endEvent().done(),
            "bad-cursor.bpmn")
        .send()
        .join();
    String cursor =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> client.newProcessDefinitionSearchRequest().send().join().page().endCursor(),
                Objects::nonNull);

    // when / then it is refused for a search sorted by name
    assertThatThrownBy(
            () ->
                client
                    .newProcessDefinitionSearchRequest()
                    .sort(s -> s.name().asc())
                    .page(p -> p.after(cursor))
                    .send()
                    .join())
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("page.after")
        .hasMessageContaining("sorted by");
  }

  @Test
  void shouldRefuseAnUnknownFieldOrAValueOfTheWrongTypeNamingIt() throws Exception {
    assertThat(post("/v2/user-tasks/search", "{\"filter\": {\"county\": \"lucheng\"}}"))
        .startsWith("400")
        .contains("county");
    assertThat(
            post(
                "/v2/process-instances/search", "{\"filter\": {\"processInstanceKey\": \"JY-1\"}}"))
        .startsWith("400")
        .contains("processInstanceKey");
    assertThat(post("/v2/incidents/search", "{\"sort\": [{\"field\": \"severity\"}]}"))
        .startsWith("400")
        .contains("severity");
  }

  private String post(String path, String body) throws Exception {
    URI uri = client.getConfiguration().getRestAddress().resolve(path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .header("content-type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    // signed in as the client is: the app's own API client
    client.getConfiguration().getCredentialsProvider().applyCredentials(request::header);
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    return response.statusCode() + " " + response.body();
  }
}
