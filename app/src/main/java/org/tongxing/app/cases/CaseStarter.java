package org.tongxing.app.cases;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.Form;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongxing.app.tasklist.EngineCalls;

/** Reads a start form and starts a case through the client. */
@Component
class CaseStarter {

  private final CamundaClient client;

  CaseStarter(CamundaClient client) {
    this.client = client;
  }

  /** The start form's Camunda Forms JSON; empty when the runtime has none for the version. */
  Optional<String> startForm(long processDefinitionKey) {
    Form form =
        EngineCalls.call(
            () -> client.newProcessDefinitionGetFormRequest(processDefinitionKey).execute());
    if (form == null || form.getSchema() == null) {
      return Optional.empty();
    }
    return Optional.of(String.valueOf(form.getSchema()));
  }

  long start(long processDefinitionKey, Map<String, Object> variables) {
    return EngineCalls.call(
        () ->
            client
                .newCreateInstanceCommand()
                .processDefinitionKey(processDefinitionKey)
                .variables(variables)
                .execute()
                .getProcessInstanceKey());
  }
}
