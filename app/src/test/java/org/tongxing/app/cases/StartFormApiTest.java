package org.tongxing.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.search.response.Form;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxing.app.TongxingAppTest;

/** The start form of a process version, asked for through the real client. */
@TongxingAppTest
class StartFormApiTest {

  @Autowired CamundaClient client;

  @Test
  void shouldAnswerTheLatestVersionOfTheFormTheStartEventLinks() {
    // given a process whose start event links a form deployed twice
    String id = "start-form-" + UUID.randomUUID();
    String formId = "apply-" + UUID.randomUUID();
    client
        .newDeployResourceCommand()
        .addResourceStringUtf8(form(formId, "申请人"), formId + ".form")
        .send()
        .join();
    DeploymentEvent deployment =
        client
            .newDeployResourceCommand()
            .addResourceStringUtf8(form(formId, "申请人姓名"), formId + ".form")
            .addProcessModel(
                Bpmn.createExecutableProcess(id).startEvent().zeebeFormId(formId).endEvent().done(),
                id + ".bpmn")
            .send()
            .join();
    long definition = deployment.getProcesses().get(0).getProcessDefinitionKey();

    // when (the search side shows a deployment a moment after it is acknowledged)
    Form form =
        await()
            .atMost(Duration.ofSeconds(10))
            .ignoreExceptions()
            .until(
                () -> client.newProcessDefinitionGetFormRequest(definition).execute(),
                found -> found.getFormId() != null);

    // then
    assertThat(form.getFormId()).isEqualTo(formId);
    assertThat(form.getVersion()).isEqualTo(2L);
    assertThat(String.valueOf(form.getSchema())).contains("申请人姓名");
  }

  @Test
  void shouldAnswerNoFormForAStartEventWithoutOne() {
    // given
    String id = "no-start-form-" + UUID.randomUUID();
    long definition =
        client
            .newDeployResourceCommand()
            .addProcessModel(
                Bpmn.createExecutableProcess(id).startEvent().endEvent().done(), id + ".bpmn")
            .send()
            .join()
            .getProcesses()
            .get(0)
            .getProcessDefinitionKey();

    await()
        .atMost(Duration.ofSeconds(10))
        .ignoreExceptions()
        .until(() -> client.newProcessDefinitionGetXmlRequest(definition).execute() != null);

    // when
    Form form = client.newProcessDefinitionGetFormRequest(definition).execute();

    // then the runtime answers 204, which the client reads as a form without anything
    assertThat(form.getFormId()).isNull();
    assertThat(form.getSchema()).isNull();
  }

  private static String form(String formId, String label) {
    return """
        {"id": "%s", "type": "default", "schemaVersion": 16, "components": [
          {"type": "textfield", "id": "Field_1", "key": "applicantName", "label": "%s"}]}
        """
        .formatted(formId, label);
  }
}
