package org.tongxing.app.modeler.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.camunda.bpm.model.xml.validation.ValidationResultType;
import org.camunda.dmn.DmnEngine;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelFiles;
import org.tongxing.app.modeler.resource.ModelKind;

/**
 * What the engine itself would refuse, checked without deploying (the Camunda API has no dry run):
 * BPMN with Zeebe's own design-time validators from {@code zeebe-bpmn-model}, DMN with the DMN
 * engine that Zeebe uses ({@code dmn-engine}), forms against what the Camunda Forms schema
 * requires. The same libraries, the same verdicts, on either runtime.
 */
@Component
@Order(1)
class EngineValidationCheck implements DraftCheck {

  private final DmnEngine dmn = new DmnEngine.Builder().build();

  @Override
  public void check(CheckContext files, List<Problem> problems) {
    files.readable(ModelKind.BPMN).forEach(file -> bpmn(file, problems));
    files.readable(ModelKind.DMN).forEach(file -> dmn(file, problems));
    files.readable(ModelKind.FORM).forEach(file -> form(file, problems));
  }

  private static void bpmn(ModelFile file, List<Problem> problems) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.bytes()));
    } catch (RuntimeException e) {
      problems.add(Problem.error("engine-unreadable", file.fileName(), null, null, rootMessage(e)));
      return;
    }
    var results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
    for (Map.Entry<ModelElementInstance, List<ValidationResult>> entry :
        results.getResults().entrySet()) {
      String elementId = entry.getKey().getAttributeValue("id");
      String name = entry.getKey().getAttributeValue("name");
      for (ValidationResult result : entry.getValue()) {
        problems.add(
            result.getType() == ValidationResultType.ERROR
                ? Problem.error("engine", file.fileName(), elementId, name, result.getMessage())
                : Problem.warning("engine", file.fileName(), elementId, name, result.getMessage()));
      }
    }
  }

  private void dmn(ModelFile file, List<Problem> problems) {
    var parsed = dmn.parse(new ByteArrayInputStream(file.bytes()));
    if (parsed.isLeft()) {
      problems.add(
          Problem.error("engine", file.fileName(), null, null, parsed.left().get().message()));
    }
  }

  private static void form(ModelFile file, List<Problem> problems) {
    JsonNode form = ModelFiles.formJson(file);
    if (!form.path("components").isArray()) {
      problems.add(Problem.error("form-components", file.fileName(), null, null, null));
      return;
    }
    Set<String> ids = new HashSet<>();
    Set<String> keys = new HashSet<>();
    components(file, form.path("components"), ids, keys, problems);
  }

  private static void components(
      ModelFile file,
      JsonNode components,
      Set<String> ids,
      Set<String> keys,
      List<Problem> problems) {
    for (JsonNode component : components) {
      String id = component.path("id").asText("");
      String label = component.path("label").asText(component.path("key").asText(""));
      if (component.path("type").asText("").isBlank()) {
        problems.add(
            Problem.error("form-type", file.fileName(), id.isBlank() ? null : id, label, null));
      }
      if (id.isBlank()) {
        problems.add(
            Problem.error(
                "form-id", file.fileName(), null, label, null, component.path("type").asText("")));
      } else if (!ids.add(id)) {
        problems.add(Problem.error("form-duplicate-id", file.fileName(), id, label, null, id));
      }
      String key = component.path("key").asText("");
      if (!key.isBlank() && !keys.add(key)) {
        problems.add(Problem.error("form-duplicate-key", file.fileName(), id, label, null, key));
      }
      if (component.path("components").isArray()) {
        components(file, component.path("components"), ids, keys, problems);
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? e.toString() : cause.getMessage();
  }
}
