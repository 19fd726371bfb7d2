package org.tongxing.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ProcessDefinition;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Deployed process definitions and their XML, through the official client. */
abstract class ProcessDefinitionSearches {

  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

  @Autowired CamundaClient client;

  @Test
  void shouldFindEveryVersionOfAProcessNewestFirstAndItsXml() {
    // given two versions
    for (String name : List.of("助学补助 v1", "助学补助 v2")) {
      client
          .newDeployResourceCommand()
          .addProcessModel(
              Bpmn.createExecutableProcess("pd-grant").name(name).startEvent().endEvent().done(),
              "pd-grant.bpmn")
          .send()
          .join();
    }

    // when
    List<ProcessDefinition> versions =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newProcessDefinitionSearchRequest()
                        .filter(f -> f.processDefinitionId("pd-grant"))
                        .sort(s -> s.version().desc())
                        .send()
                        .join()
                        .items(),
                items -> items.size() == 2);

    // then
    assertThat(versions).extracting(ProcessDefinition::getVersion).containsExactly(2, 1);
    assertThat(versions.get(0).getName()).isEqualTo("助学补助 v2");
    assertThat(versions.get(0).getResourceName()).isEqualTo("pd-grant.bpmn");
    long key = versions.get(0).getProcessDefinitionKey();
    assertThat(client.newProcessDefinitionGetRequest(key).send().join().getVersion()).isEqualTo(2);
    assertThat(client.newProcessDefinitionGetXmlRequest(key).send().join())
        .contains("id=\"pd-grant\"")
        .contains("助学补助 v2");
  }
}
