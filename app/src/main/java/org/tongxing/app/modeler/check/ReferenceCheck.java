package org.tongxing.app.modeler.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongxing.app.modeler.deployed.DeployedModels;
import org.tongxing.app.modeler.deployed.DeployedResource;
import org.tongxing.app.modeler.deployed.DeploymentLog;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelFiles;
import org.tongxing.app.modeler.resource.ModelKind;
import org.tongxing.app.modeler.resource.SecureXml;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a process refers to exists when it goes live: every form ({@code zeebe:formDefinition}),
 * called decision ({@code zeebe:calledDecision}) and called process ({@code zeebe:calledElement})
 * is in the same deployment or already deployed. With binding type {@code deployment} it must be in
 * the same deployment. Forms cannot be listed through the Camunda API: deployed forms are those the
 * app deployed ({@link DeploymentLog}: the modeler and the start-up deployment).
 */
@Component
@Order(4)
class ReferenceCheck implements DraftCheck {

  private final DeployedModels deployed;
  private final DeploymentLog log;

  ReferenceCheck(DeployedModels deployed, DeploymentLog log) {
    this.deployed = deployed;
    this.log = log;
  }

  @Override
  public void check(CheckContext files, List<Problem> problems) {
    Set<String> draftForms = files.definedIds(ModelKind.FORM);
    Set<String> draftDecisions = files.definedIds(ModelKind.DMN);
    Set<String> draftProcesses = files.definedIds(ModelKind.BPMN);
    Set<String> deployedForms =
        new java.util.HashSet<>(
            log.latestForms().stream().map(DeployedResource::resourceId).toList());
    Map<String, Boolean> decisions = new HashMap<>();
    Map<String, Boolean> processes = new HashMap<>();
    Predicate<String> decisionDeployed =
        id -> decisions.computeIfAbsent(id, key -> deployed.latestDecision(key).isPresent());
    Predicate<String> processDeployed =
        id -> processes.computeIfAbsent(id, key -> deployed.latestProcess(key).isPresent());
    for (ModelFile file : files.readable(ModelKind.BPMN)) {
      Element root = SecureXml.parse(file.fileName(), file.content()).getDocumentElement();
      each(
          root,
          "formDefinition",
          (element, owner) -> {
            String formId = element.getAttribute("formId").strip();
            String formKey = element.getAttribute("formKey").strip();
            if (!formId.isEmpty() && !formId.startsWith("=")) {
              refer(
                  file,
                  owner,
                  "form",
                  formId,
                  binding(element),
                  draftForms,
                  deployedForms::contains,
                  problems);
            } else if (formKey.startsWith("camunda-forms:bpmn:")
                && !embeddedForms(root)
                    .contains(formKey.substring("camunda-forms:bpmn:".length()))) {
              problems.add(
                  Problem.error(
                      "reference-missing-embedded-form",
                      file.fileName(),
                      owner.getAttribute("id"),
                      owner.getAttribute("name"),
                      null,
                      formKey));
            }
          });
      each(
          root,
          "calledDecision",
          (element, owner) -> {
            String decisionId = element.getAttribute("decisionId").strip();
            if (!decisionId.isEmpty() && !decisionId.startsWith("=")) {
              refer(
                  file,
                  owner,
                  "decision",
                  decisionId,
                  binding(element),
                  draftDecisions,
                  decisionDeployed,
                  problems);
            }
          });
      each(
          root,
          "calledElement",
          (element, owner) -> {
            String processId = element.getAttribute("processId").strip();
            if (!processId.isEmpty() && !processId.startsWith("=")) {
              refer(
                  file,
                  owner,
                  "process",
                  processId,
                  binding(element),
                  draftProcesses,
                  processDeployed,
                  problems);
            }
          });
    }
  }

  private static void refer(
      ModelFile file,
      Element owner,
      String what,
      String id,
      String binding,
      Set<String> inDeployment,
      Predicate<String> deployedAlready,
      List<Problem> problems) {
    if (inDeployment.contains(id)) {
      return;
    }
    String elementId = owner.getAttribute("id");
    String name = owner.getAttribute("name");
    if ("deployment".equals(binding)) {
      problems.add(
          Problem.error(
              "reference-not-in-deployment-" + what, file.fileName(), elementId, name, null, id));
    } else if (!deployedAlready.test(id)) {
      problems.add(
          Problem.error("reference-missing-" + what, file.fileName(), elementId, name, null, id));
    }
  }

  private static String binding(Element element) {
    String binding = element.getAttribute("bindingType").strip();
    return binding.isEmpty() ? "latest" : binding;
  }

  private static Set<String> embeddedForms(Element root) {
    Set<String> ids = new java.util.HashSet<>();
    NodeList forms = root.getElementsByTagNameNS(ModelFiles.ZEEBE_NS, "userTaskForm");
    for (int i = 0; i < forms.getLength(); i++) {
      ids.add(((Element) forms.item(i)).getAttribute("id"));
    }
    return ids;
  }

  private static void each(
      Element root, String localName, java.util.function.BiConsumer<Element, Element> action) {
    NodeList found = root.getElementsByTagNameNS(ModelFiles.ZEEBE_NS, localName);
    for (int i = 0; i < found.getLength(); i++) {
      Element element = (Element) found.item(i);
      Element owner = References.owner(element);
      if (owner != null) {
        action.accept(element, owner);
      }
    }
  }
}
