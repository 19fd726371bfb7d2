package org.tongxing.app.modeler.web;

import io.camunda.client.api.command.ClientException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tongxing.app.modeler.deployed.DeployedModels;
import org.tongxing.app.modeler.deployed.DeploymentLog;
import org.tongxing.app.modeler.draft.Drafts;
import org.tongxing.app.modeler.resource.ModelFiles;
import org.tongxing.app.modeler.resource.RepositoryModels;

/**
 * The modeler's start page: the drafts, what is deployed and what the repository holds (each a
 * place to start a draft from), and the latest deployments.
 */
@Controller
class ModelerHomeController {

  private static final Logger LOG = LoggerFactory.getLogger(ModelerHomeController.class);

  private final Drafts drafts;
  private final DeployedModels deployed;
  private final DeploymentLog log;
  private final RepositoryModels repository;

  ModelerHomeController(
      Drafts drafts, DeployedModels deployed, DeploymentLog log, RepositoryModels repository) {
    this.drafts = drafts;
    this.deployed = deployed;
    this.log = log;
    this.repository = repository;
  }

  /** A repository file with what it defines, for the list. */
  record RepositoryEntry(String fileName, String path, String kind, String label) {}

  @GetMapping("/modeler")
  String home(Authentication user, Model model) {
    model.addAttribute("canEdit", ModelerAccess.canEdit(user));
    model.addAttribute("drafts", drafts.list());
    try {
      model.addAttribute("processes", deployed.latestProcesses());
      model.addAttribute("decisionGraphs", deployed.latestDecisionGraphs());
      model.addAttribute("deployedUnavailable", false);
    } catch (ClientException e) {
      LOG.warn("The modeler cannot list what is deployed", e);
      model.addAttribute("processes", List.of());
      model.addAttribute("decisionGraphs", List.of());
      model.addAttribute("deployedUnavailable", true);
    }
    model.addAttribute("forms", log.latestForms());
    model.addAttribute(
        "repository",
        repository.all().stream()
            .map(
                file -> {
                  String label;
                  try {
                    label = ModelFiles.summarize(file).label();
                  } catch (RuntimeException e) {
                    label = file.fileName();
                  }
                  return new RepositoryEntry(
                      file.fileName(), repository.path(file), file.kind().code(), label);
                })
            .toList());
    model.addAttribute("deployments", log.latest(5));
    return "modeler/home";
  }
}
