package org.tongxing.gateway.processdefinition;

import io.camunda.client.protocol.rest.FormResult;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;
import org.tongxing.gateway.support.GatewayDefaults;
import org.tongxing.gateway.support.Keys;

/**
 * The start form of a process version ({@code GET /v2/process-definitions/{key}/form}): the form
 * its none start event links by {@code zeebe:formDefinition formId}, in its latest deployed version
 * (the default "latest" binding); 204 when the start event has no form.
 */
@RestController
@RequestMapping("/v2/process-definitions")
@ConditionalOnEmbeddedRuntime
public class ProcessDefinitionFormController {

  private final JdbcTemplate jdbc;

  public ProcessDefinitionFormController(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  @GetMapping("/{key}/form")
  public ResponseEntity<FormResult> startForm(@PathVariable("key") String key) {
    long definitionKey = Keys.parse("processDefinitionKey", key);
    String xml =
        jdbc
            .query(
                "SELECT bpmn_xml FROM search_process_definition" + " WHERE definition_key = ?",
                (row, i) -> row.getString(1),
                definitionKey)
            .stream()
            .findFirst()
            .orElseThrow(
                () ->
                    new CommandRejectedException(
                        RejectionType.NOT_FOUND,
                        "Expected to find process definition with key '"
                            + definitionKey
                            + "', but none found"));
    Optional<String> formId =
        startFormId(
            Bpmn.readModelFromStream(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    if (formId.isEmpty()) {
      return ResponseEntity.noContent().build();
    }
    return jdbc
        .query(
            "SELECT form_key, form_id, version, form_schema FROM search_form"
                + " WHERE form_id = ? ORDER BY version DESC",
            (row, i) -> {
              FormResult form = new FormResult();
              form.setFormKey(Keys.format(row.getLong(1)));
              form.setFormId(row.getString(2));
              form.setVersion(row.getLong(3));
              form.setSchema(row.getString(4));
              form.setTenantId(GatewayDefaults.TENANT);
              return form;
            },
            formId.get())
        .stream()
        .findFirst()
        .map(ResponseEntity::ok)
        .orElseThrow(
            () ->
                new CommandRejectedException(
                    RejectionType.NOT_FOUND,
                    "Expected to find form with id '"
                        + formId.get()
                        + "' of the start event of process"
                        + " definition '"
                        + definitionKey
                        + "', but none is deployed"));
  }

  /** The form id of the executable process's none start event, if it links one. */
  static Optional<String> startFormId(BpmnModelInstance model) {
    return model.getModelElementsByType(Process.class).stream()
        .filter(Process::isExecutable)
        .flatMap(process -> process.getChildElementsByType(StartEvent.class).stream())
        .filter(start -> start.getEventDefinitions().isEmpty())
        .map(
            start ->
                start.getExtensionElements() == null
                    ? null
                    : start
                        .getExtensionElements()
                        .getElementsQuery()
                        .filterByType(ZeebeFormDefinition.class)
                        .list()
                        .stream()
                        .findFirst()
                        .orElse(null))
        .filter(form -> form != null && form.getFormId() != null && !form.getFormId().isBlank())
        .map(ZeebeFormDefinition::getFormId)
        .findFirst();
  }
}
