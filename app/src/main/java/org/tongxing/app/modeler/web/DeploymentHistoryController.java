package org.tongxing.app.modeler.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tongxing.app.modeler.deployed.DeploymentLog;
import org.tongxing.app.modeler.draft.DraftNotFoundException;

/** The deployments the app made: who, when, why, from which draft, and what went live. */
@Controller
class DeploymentHistoryController {

  static final int PAGE = 100;

  private final DeploymentLog log;

  DeploymentHistoryController(DeploymentLog log) {
    this.log = log;
  }

  @GetMapping("/modeler/deployments")
  String deployments(Model model) {
    model.addAttribute("deployments", log.latest(PAGE));
    return "modeler/deployments";
  }

  @GetMapping("/modeler/deployments/{id}")
  String deployment(@PathVariable("id") long id, Model model) {
    model.addAttribute(
        "deployment",
        log.find(id)
            .orElseThrow(
                () ->
                    new DraftNotFoundException(
                        "Expected a deployment " + id + ", but there is none")));
    return "modeler/deployment";
  }
}
