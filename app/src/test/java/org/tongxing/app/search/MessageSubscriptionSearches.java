package org.tongxing.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.MessageSubscriptionState;
import io.camunda.client.api.search.response.MessageSubscription;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code POST /v2/message-subscriptions/search} through the official client. */
abstract class MessageSubscriptionSearches {

  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

  @Autowired CamundaClient client;

  @Test
  void shouldFindWhichCaseWaitsForWhichMessageAndWhatBecameOfIt() {
    // given two cases waiting for the education bureau's enrolment answer
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("sub-search")
                .startEvent()
                .receiveTask("enrolment")
                .message(
                    m -> m.name("sub-search-enrolment").zeebeCorrelationKeyExpression("studentId"))
                .endEvent()
                .done(),
            "sub-search.bpmn")
        .send()
        .join();
    long first = start("S-001");
    long second = start("S-002");

    // when the answer for the first arrives
    client
        .newPublishMessageCommand()
        .messageName("sub-search-enrolment")
        .correlationKey("S-001")
        .send()
        .join();

    // then the first's wait is correlated, the second's still open
    List<MessageSubscription> subscriptions =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newMessageSubscriptionSearchRequest()
                        .filter(f -> f.messageName("sub-search-enrolment"))
                        .sort(s -> s.correlationKey().asc())
                        .send()
                        .join()
                        .items(),
                items ->
                    items.size() == 2
                        && items.get(0).getMessageSubscriptionState()
                            == MessageSubscriptionState.CORRELATED);
    assertThat(subscriptions)
        .extracting(MessageSubscription::getProcessInstanceKey)
        .containsExactly(first, second);
    MessageSubscription waiting = subscriptions.get(1);
    assertThat(waiting.getMessageSubscriptionState()).isEqualTo(MessageSubscriptionState.CREATED);
    assertThat(waiting.getCorrelationKey()).isEqualTo("S-002");
    assertThat(waiting.getElementId()).isEqualTo("enrolment");
    assertThat(waiting.getProcessDefinitionId()).isEqualTo("sub-search");
    assertThat(waiting.getLastUpdatedDate()).isNotNull();

    // and a filter by state finds only the open one
    assertThat(
            client
                .newMessageSubscriptionSearchRequest()
                .filter(
                    f ->
                        f.messageName("sub-search-enrolment")
                            .messageSubscriptionState(MessageSubscriptionState.CREATED))
                .send()
                .join()
                .items())
        .extracting(MessageSubscription::getProcessInstanceKey)
        .containsExactly(second);

    // when the second case is canceled, its wait is deleted
    client.newCancelInstanceCommand(second).send().join();
    await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () ->
                client
                    .newMessageSubscriptionSearchRequest()
                    .filter(f -> f.processInstanceKey(second))
                    .send()
                    .join()
                    .items()
                    .get(0)
                    .getMessageSubscriptionState(),
            state -> state == MessageSubscriptionState.DELETED);
  }

  private long start(String studentId) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId("sub-search")
        .latestVersion()
        .variables(Map.of("studentId", studentId))
        .send()
        .join()
        .getProcessInstanceKey();
  }
}
