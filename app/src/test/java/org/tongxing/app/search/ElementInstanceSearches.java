package org.tongxing.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Where a case is and has been (element instances), through the official client. */
abstract class ElementInstanceSearches {

  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

  @Autowired CamundaClient client;

  @Test
  void shouldFindTheElementsACaseWentThroughAndWhereItWaits() {
    // given
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("ei-case")
                .startEvent("received")
                .userTask("review", t -> t.zeebeUserTask())
                .endEvent()
                .done(),
            "ei-case.bpmn")
        .send()
        .join();
    long instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("ei-case")
            .latestVersion()
            .send()
            .join()
            .getProcessInstanceKey();

    // when
    List<ElementInstance> elements =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newElementInstanceSearchRequest()
                        .filter(f -> f.processInstanceKey(instance))
                        .send()
                        .join()
                        .items(),
                items -> items.size() == 3);
    List<ElementInstance> waiting =
        client
            .newElementInstanceSearchRequest()
            .filter(
                f ->
                    f.processInstanceKey(instance)
                        .state(ElementInstanceState.ACTIVE)
                        .type(ElementInstanceType.USER_TASK))
            .send()
            .join()
            .items();

    // then in the order they started
    assertThat(elements)
        .extracting(ElementInstance::getElementId)
        .containsExactly("ei-case", "received", "review");
    assertThat(elements.get(1).getState()).isEqualTo(ElementInstanceState.COMPLETED);
    assertThat(elements.get(1).getEndDate()).isNotNull();
    assertThat(waiting)
        .singleElement()
        .satisfies(
            task -> {
              assertThat(task.getElementId()).isEqualTo("review");
              assertThat(task.getIncident()).isFalse();
            });
    assertThat(
            client
                .newElementInstanceGetRequest(waiting.get(0).getElementInstanceKey())
                .send()
                .join()
                .getElementId())
        .isEqualTo("review");
  }
}
