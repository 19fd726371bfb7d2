package org.tongxing.app.process;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongxing.app.tasklist.EngineCalls;

/**
 * Process versions read from the BPMN XML the client returns ({@code GET
 * /process-definitions/{key}/xml}), kept by key: a deployed version never changes.
 */
@Component
public class ProcessModelReader {

  private static final int KEPT = 200;

  private final CamundaClient client;
  private final Map<Long, ProcessModel> models =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ProcessModel> eldest) {
          return size() > KEPT;
        }
      };

  public ProcessModelReader(CamundaClient client) {
    this.client = client;
  }

  /**
   * The process version; {@link org.tongxing.app.tasklist.TasklistUnavailableException} if it
   * cannot be read.
   */
  public ProcessModel model(long processDefinitionKey) {
    synchronized (models) {
      ProcessModel kept = models.get(processDefinitionKey);
      if (kept != null) {
        return kept;
      }
    }
    String xml =
        EngineCalls.call(
            () -> client.newProcessDefinitionGetXmlRequest(processDefinitionKey).execute());
    ProcessModel model =
        ProcessModel.of(
            Bpmn.readModelFromStream(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    synchronized (models) {
      models.put(processDefinitionKey, model);
    }
    return model;
  }
}
