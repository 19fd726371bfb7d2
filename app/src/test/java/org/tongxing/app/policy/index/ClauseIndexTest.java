package org.tongxing.app.policy.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxing.app.TongxingAppTest;
import org.tongxing.app.modeler.resource.ModelKind;
import org.tongxing.app.policy.Clause;

/**
 * The clause index over what is deployed (through the client) and what the repository holds: from a
 * sentence to the elements, rules and fields that cite it.
 */
@TongxingAppTest
class ClauseIndexTest {

  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

  @Autowired ClauseIndex index;
  @Autowired CamundaClient client;

  @Test
  void shouldListADeployedElementUnderTheSentenceItCites() {
    // given a deployed process whose task cites item 7.6
    String processId = "grant-" + UUID.randomUUID();
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess(processId)
                .name("助学补助")
                .startEvent()
                .userTask(
                    "Task_CheckIncome",
                    t -> t.name("核对低保").zeebeUserTask().zeebeProperty("policyClause", "item 7.6"))
                .endEvent()
                .done(),
            processId + ".bpmn")
        .send()
        .join();

    // when / then (the process definition search is eventually consistent)
    await()
        .atMost(VISIBLE_WITHIN)
        .untilAsserted(
            () ->
                assertThat(index.build().sentence(new Clause(7, 6)))
                    .hasValueSatisfying(
                        sentence ->
                            assertThat(sentence.citations())
                                .anySatisfy(
                                    citation -> {
                                      assertThat(citation.kind()).isEqualTo(ModelKind.BPMN);
                                      assertThat(citation.resourceId()).isEqualTo(processId);
                                      assertThat(citation.elementId())
                                          .isEqualTo("Task_CheckIncome");
                                      assertThat(citation.label()).isEqualTo("核对低保");
                                      assertThat(citation.sources())
                                          .singleElement()
                                          .satisfies(
                                              source -> {
                                                assertThat(source.deployed()).isTrue();
                                                assertThat(source.version()).isEqualTo(1);
                                                assertThat(source.href())
                                                    .endsWith("?element=Task_CheckIncome");
                                              });
                                    })));
  }

  @Test
  void shouldMergeTheDeployedAndTheRepositoryVersionOfTheSameElement() {
    // when: employment-subsidy is in the repository and deployed at start-up
    ClauseIndexView view = index.build();

    // then its review task and review form field stand once, with both sources
    assertThat(view.sentence(new Clause(1, 4)).orElseThrow().citations())
        .filteredOn(citation -> citation.elementId().equals("Task_ReviewApplication"))
        .singleElement()
        .satisfies(
            citation ->
                assertThat(citation.sources())
                    .extracting(CitationSource::type)
                    .containsExactlyInAnyOrder(
                        CitationSource.Type.DEPLOYED, CitationSource.Type.REPOSITORY));
    assertThat(view.sentence(new Clause(1, 4)).orElseThrow().citations())
        .anySatisfy(
            citation -> {
              assertThat(citation.kind()).isEqualTo(ModelKind.FORM);
              assertThat(citation.elementId()).isEqualTo("Field_Decision");
            });
  }

  @Test
  void shouldListACitationOfAClauseThePolicyDoesNotHave() {
    // given
    String processId = "stray-" + UUID.randomUUID();
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess(processId)
                .startEvent()
                .userTask(
                    "Task_Old", t -> t.zeebeUserTask().zeebeProperty("policyClause", "item 15.1"))
                .endEvent()
                .done(),
            processId + ".bpmn")
        .send()
        .join();

    // when / then
    await()
        .atMost(VISIBLE_WITHIN)
        .untilAsserted(
            () ->
                assertThat(index.build().strays())
                    .anySatisfy(
                        stray -> {
                          assertThat(stray.citation()).isEqualTo("item 15.1");
                          assertThat(stray.element().resourceId()).isEqualTo(processId);
                        }));
    ClauseIndexView view = index.build();
    assertThat(view.sentenceCount())
        .isEqualTo(view.items().stream().mapToLong(item -> item.sentences().size()).sum());
  }
}
