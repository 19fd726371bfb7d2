package org.tongxing.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.health.SystemHealth;
import org.springframework.test.context.ContextConfiguration;
import org.tongxing.app.TongxingAppTest;

/**
 * Elasticsearch goes away: the engine goes on, the health endpoint says the export is down and why,
 * and once it is back every case is searchable, each once.
 */
@TongxingAppTest
@ContextConfiguration(initializers = ProxiedElasticsearchInitializer.class)
class SearchExportRecoveryTest {

  private static final Duration WITHIN = Duration.ofSeconds(60);

  @Autowired CamundaClient client;
  @Autowired HealthEndpoint health;

  @AfterEach
  void reconnect() {
    ProxiedElasticsearchInitializer.PROXY.restore();
  }

  @Test
  void shouldKeepTheEngineGoingWhileElasticsearchIsAwayAndCatchUpWithoutGapsOrDuplicates()
      throws Exception {
    // given a case that is searchable
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("away")
                .startEvent()
                .userTask("review", t -> t.zeebeUserTask())
                .endEvent()
                .done(),
            "away.bpmn")
        .send()
        .join();
    List<Long> cases = new ArrayList<>();
    cases.add(start(0));
    await().atMost(WITHIN).until(() -> tasks().size() == 1);

    // when Elasticsearch becomes unreachable, the engine still takes cases
    ProxiedElasticsearchInitializer.PROXY.cut();
    for (int i = 1; i <= 5; i++) {
      cases.add(start(i));
    }

    // then the health endpoint says the export is down, how far it got and why
    SystemHealth down =
        await()
            .atMost(WITHIN)
            .until(() -> (SystemHealth) health.health(), h -> h.getStatus().equals(Status.DOWN));
    var export =
        (org.springframework.boot.actuate.health.Health) down.getComponents().get("searchExport");
    @SuppressWarnings("unchecked")
    Map<String, Object> details = (Map<String, Object>) export.getDetails().get("elasticsearch");
    assertThat((Long) details.get("lag")).isPositive();
    assertThat((String) details.get("lastError")).isNotBlank();
    assertThat(httpStatusOfHealth()).isEqualTo(503);

    // when it comes back
    ProxiedElasticsearchInitializer.PROXY.restore();

    // then every case is found once, and the export is up again with nothing behind
    List<UserTask> tasks = await().atMost(WITHIN).until(this::tasks, found -> found.size() == 6);
    assertThat(tasks)
        .extracting(UserTask::getProcessInstanceKey)
        .containsExactlyInAnyOrderElementsOf(cases);
    await().atMost(WITHIN).until(() -> health.health().getStatus().equals(Status.UP));
  }

  private List<UserTask> tasks() {
    return client
        .newUserTaskSearchRequest()
        .filter(f -> f.bpmnProcessId("away"))
        .send()
        .join()
        .items();
  }

  private long start(int number) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId("away")
        .latestVersion()
        .variables(Map.of("applicationId", "AW-" + number))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  private int httpStatusOfHealth() throws Exception {
    URI uri = client.getConfiguration().getRestAddress().resolve("/actuator/health");
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
