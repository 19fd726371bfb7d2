package org.tongxing.app.modeler.web;

import io.camunda.client.api.command.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxing.app.modeler.deployed.DeployedModels;
import org.tongxing.app.modeler.deployed.DeploymentLog;
import org.tongxing.app.modeler.draft.DraftNotFoundException;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelKind;
import org.tongxing.app.modeler.resource.RepositoryModels;

/**
 * What runs and what the repository holds, shown read-only with an element selected (the clause
 * index links here), and a way to start a draft from it.
 */
@Controller
class ModelViewerController {

  private final DeployedModels deployed;
  private final DeploymentLog log;
  private final RepositoryModels repository;

  ModelViewerController(DeployedModels deployed, DeploymentLog log, RepositoryModels repository) {
    this.deployed = deployed;
    this.log = log;
    this.repository = repository;
  }

  @GetMapping("/modeler/deployed/processes/{key}")
  String process(
      @PathVariable("key") long key,
      @RequestParam(name = "element", required = false) String element,
      Authentication user,
      Model model) {
    var process =
        deployed
            .process(key)
            .orElseThrow(
                () ->
                    new DraftNotFoundException(
                        "Expected a deployed process with key " + key + ", but there is none"));
    ModelFile file = ModelFile.of(process.processId() + ".bpmn", deployed.processXml(key));
    model.addAttribute("modelTitle", process.label());
    model.addAttribute("where", "deployed");
    model.addAttribute("version", process.version());
    model.addAttribute("startSource", "deployed-process");
    model.addAttribute("startKey", key);
    return show(model, user, file, element);
  }

  @GetMapping("/modeler/deployed/decisions/{key}")
  String decisions(
      @PathVariable("key") long key,
      @RequestParam(name = "element", required = false) String element,
      Authentication user,
      Model model) {
    var graph =
        deployed
            .decisionGraph(key)
            .orElseThrow(
                () ->
                    new DraftNotFoundException(
                        "Expected deployed decisions with key " + key + ", but there are none"));
    String xml;
    try {
      xml = deployed.decisionRequirementsXml(key);
    } catch (ProblemException e) {
      throw new DraftNotFoundException(
          "Expected the XML of deployed decisions " + key + ", but: " + e.getMessage());
    }
    model.addAttribute("modelTitle", graph.label());
    model.addAttribute("where", "deployed");
    model.addAttribute("version", graph.version());
    model.addAttribute("startSource", "deployed-decisions");
    model.addAttribute("startKey", key);
    return show(model, user, ModelFile.of(graph.decisionRequirementsId() + ".dmn", xml), element);
  }

  @GetMapping("/modeler/deployed/forms/{formId}")
  String form(
      @PathVariable("formId") String formId,
      @RequestParam(name = "element", required = false) String element,
      Authentication user,
      Model model) {
    var logged =
        log.latestOf(ModelKind.FORM, formId)
            .orElseThrow(
                () ->
                    new DraftNotFoundException(
                        "Expected a form '"
                            + formId
                            + "' deployed by this app, but"
                            + " there is none"));
    model.addAttribute("modelTitle", formId);
    model.addAttribute("where", "deployed");
    model.addAttribute("version", logged.resource().version());
    model.addAttribute("startSource", "deployed-form");
    model.addAttribute("startFormId", formId);
    return show(model, user, logged.resource().file(), element);
  }

  @GetMapping("/modeler/repository/{fileName}")
  String repositoryFile(
      @PathVariable("fileName") String fileName,
      @RequestParam(name = "element", required = false) String element,
      Authentication user,
      Model model) {
    ModelFile file =
        repository
            .find(fileName)
            .orElseThrow(
                () ->
                    new DraftNotFoundException(
                        "Expected " + fileName + " in workflows/ or forms/, but it is not there"));
    model.addAttribute("modelTitle", repository.path(file));
    model.addAttribute("where", "repository");
    model.addAttribute("startSource", "repository");
    model.addAttribute("startFile", fileName);
    return show(model, user, file, element);
  }

  private static String show(Model model, Authentication user, ModelFile file, String element) {
    model.addAttribute("file", file);
    model.addAttribute("element", element);
    model.addAttribute("canEdit", ModelerAccess.canEdit(user));
    return "modeler/viewer";
  }
}
