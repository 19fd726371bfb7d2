package org.tongxing.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Paging through many results with the cursors of the pages before, in the client's shapes. */
abstract class PageSearches {

  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

  @Autowired CamundaClient client;

  @Test
  void shouldPageForwardAndBackWithCursorsInTheOrderAsked() {
    // given five tasks of different priorities, two of them alike
    String processId = "page-tasks";
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess(processId)
                .startEvent()
                .userTask("review", t -> t.zeebeUserTask().zeebeTaskPriority("=priority"))
                .endEvent()
                .done(),
            processId + ".bpmn")
        .send()
        .join();
    for (int priority : List.of(10, 40, 40, 70, 90)) {
      client
          .newCreateInstanceCommand()
          .bpmnProcessId(processId)
          .latestVersion()
          .variables(Map.of("priority", priority))
          .send()
          .join();
    }
    await().atMost(VISIBLE_WITHIN).until(() -> page(null, null).page().totalItems() == 5);

    // when paging by two, most urgent first
    List<SearchResponse<UserTask>> pages = new ArrayList<>();
    pages.add(page(null, null));
    pages.add(page(pages.get(0).page().endCursor(), null));
    pages.add(page(pages.get(1).page().endCursor(), null));
    SearchResponse<UserTask> back = page(null, pages.get(2).page().startCursor());

    // then each task comes once, in order, and the page before the last is the second
    List<Integer> priorities =
        pages.stream().flatMap(p -> p.items().stream()).map(UserTask::getPriority).toList();
    assertThat(priorities).containsExactly(90, 70, 40, 40, 10);
    assertThat(
            pages.stream()
                .flatMap(p -> p.items().stream())
                .map(UserTask::getUserTaskKey)
                .distinct())
        .hasSize(5);
    assertThat(back.items())
        .extracting(UserTask::getUserTaskKey)
        .containsExactlyElementsOf(
            pages.get(1).items().stream().map(UserTask::getUserTaskKey).toList());
    assertThat(pages).allSatisfy(p -> assertThat(p.page().totalItems()).isEqualTo(5));
    assertThat(IntStream.range(0, 3).map(i -> pages.get(i).items().size()))
        .containsExactly(2, 2, 1);
  }

  private SearchResponse<UserTask> page(String after, String before) {
    return client
        .newUserTaskSearchRequest()
        .filter(f -> f.bpmnProcessId("page-tasks"))
        .sort(s -> s.priority().desc())
        .page(
            p -> {
              p.limit(2);
              if (after != null) {
                p.after(after);
              }
              if (before != null) {
                p.before(before);
              }
            })
        .send()
        .join();
  }
}
