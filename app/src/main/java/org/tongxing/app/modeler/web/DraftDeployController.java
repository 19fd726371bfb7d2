package org.tongxing.app.modeler.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxing.app.modeler.deploy.DeploymentPlan;
import org.tongxing.app.modeler.deploy.DeploymentPlanner;
import org.tongxing.app.modeler.deploy.DeploymentRefusedException;
import org.tongxing.app.modeler.deploy.DraftDeployer;
import org.tongxing.app.modeler.deploy.PlanSummary;
import org.tongxing.app.modeler.deployed.DeploymentRecord;
import org.tongxing.app.modeler.draft.Drafts;

/**
 * Deploying a draft: a confirmation page that says what changes for what runs, and the deployment
 * itself (policy owners only; the server checks again).
 */
@Controller
class DraftDeployController {

  private final Drafts drafts;
  private final DeploymentPlanner planner;
  private final DraftDeployer deployer;
  private final ProblemMessages problems;
  private final PlanSummary summary;
  private final MessageSource messages;

  DraftDeployController(
      Drafts drafts,
      DeploymentPlanner planner,
      DraftDeployer deployer,
      ProblemMessages problems,
      PlanSummary summary,
      MessageSource messages) {
    this.drafts = drafts;
    this.planner = planner;
    this.deployer = deployer;
    this.problems = problems;
    this.summary = summary;
    this.messages = messages;
  }

  @GetMapping("/modeler/drafts/{id}/deploy")
  String confirm(@PathVariable("id") long id, Authentication user, Model model) {
    show(model, user, planner.plan(drafts.latest(id)));
    return "modeler/deploy";
  }

  @PostMapping("/modeler/drafts/{id}/deploy")
  String deploy(
      @PathVariable("id") long id,
      @RequestParam("version") int version,
      @RequestParam(name = "reason", required = false) String reason,
      Authentication user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    ModelerAccess.requireEditor(user, "deploy");
    DeploymentPlan plan = planner.plan(drafts.latest(id));
    if (reason == null || reason.isBlank()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("reasonError", text("modeler.deploy.reasonRequired"));
      show(model, user, plan);
      return "modeler/deploy";
    }
    try {
      DeploymentRecord record = deployer.deploy(id, version, reason, summary.of(plan), user);
      redirect.addFlashAttribute("notice", text("modeler.notice.deployed", record.deploymentKey()));
      return "redirect:/modeler/deployments/" + record.id();
    } catch (DeploymentRefusedException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("refusal", e.getMessage());
      model.addAttribute("reason", reason);
      show(model, user, planner.plan(drafts.latest(id)));
      return "modeler/deploy";
    }
  }

  private void show(Model model, Authentication user, DeploymentPlan plan) {
    model.addAttribute("plan", plan);
    model.addAttribute("draft", plan.draft());
    model.addAttribute("problems", problems.of(plan.checks()));
    model.addAttribute("canEdit", ModelerAccess.canEdit(user));
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
