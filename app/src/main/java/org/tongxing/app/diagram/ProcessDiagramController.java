package org.tongxing.app.diagram;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientHttpException;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The BPMN XML of a process version, for the diagrams the pages draw. A version never changes once
 * deployed, so the browser may keep it for a day.
 */
@Controller
class ProcessDiagramController {

  private final CamundaClient client;

  ProcessDiagramController(CamundaClient client) {
    this.client = client;
  }

  @GetMapping(path = "/diagrams/process-definitions/{key}.bpmn")
  ResponseEntity<String> processXml(@PathVariable long key) {
    String xml;
    try {
      xml = client.newProcessDefinitionGetXmlRequest(key).execute();
    } catch (ClientHttpException e) {
      if (e.code() == HttpStatus.NOT_FOUND.value()) {
        throw new ResponseStatusException(
            HttpStatus.NOT_FOUND,
            "Expected a process definition with key " + key + ", but found none");
      }
      throw e;
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_XML)
        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
        .body(xml);
  }
}
