package org.tongxing.app.monitoring.instances;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxing.app.monitoring.CaseScope;
import org.tongxing.app.monitoring.FieldProblem;
import org.tongxing.app.monitoring.IdentityMask;
import org.tongxing.app.monitoring.MonitoringNotice;
import org.tongxing.app.monitoring.ProcessModel;
import org.tongxing.app.monitoring.Viewer;
import org.tongxing.app.web.LanguageLinks;
import org.tongxing.app.web.LayoutModel;

/**
 * One case: its diagram, outline, timeline, variables and incidents; and what a supervisor does to
 * it, each behind a form that asks for a reason (cancel and move back also behind a confirmation
 * page). Every request checks on the server that the viewer may see the case.
 */
@Controller
class InstanceController {

  static final String UNMASKED = "unmaskedInstance";

  private final InstanceDetails details;
  private final CaseActions actions;
  private final CaseScope scope;

  InstanceController(InstanceDetails details, CaseActions actions, CaseScope scope) {
    this.details = details;
    this.actions = actions;
    this.scope = scope;
  }

  @GetMapping("/monitoring/instances/{key}")
  String show(@PathVariable long key, Authentication authentication, Locale locale, Model model) {
    Viewer viewer = visible(authentication, key);
    boolean unmasked =
        viewer.mayUnmaskIdentities()
            && model.getAttribute(UNMASKED) instanceof Long shown
            && shown == key;
    model.addAttribute(
        "instance", details.assemble(key, unmasked, viewer.mayUnmaskIdentities(), locale));
    model.addAttribute("section", "instances");
    return "monitoring/instance";
  }

  @PostMapping("/monitoring/instances/{key}/unmask")
  String unmask(
      @PathVariable long key, Authentication authentication, RedirectAttributes redirect) {
    Viewer viewer = visible(authentication, key);
    requireIdentityViewer(viewer, key);
    actions.recordUnmasking(viewer, key, "instance page");
    redirect.addFlashAttribute(UNMASKED, key);
    redirect.addFlashAttribute(
        MonitoringNotice.ATTRIBUTE, MonitoringNotice.success("monitoring.unmask.done", null));
    return "redirect:/monitoring/instances/" + key + "#variables-heading";
  }

  @GetMapping("/monitoring/instances/{key}/cancel")
  String confirmCancel(
      @PathVariable long key, Authentication authentication, Locale locale, Model model) {
    visible(authentication, key);
    return cancelPage(key, null, List.of(), locale, model);
  }

  @PostMapping("/monitoring/instances/{key}/cancel")
  String cancel(
      @PathVariable long key,
      @RequestParam(required = false) String reason,
      Authentication authentication,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    Viewer viewer = visible(authentication, key);
    try {
      actions.cancel(viewer, key, reason);
    } catch (CaseActions.RefusedException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      languageLinks(model, request, "/monitoring/instances/" + key + "/cancel");
      return cancelPage(key, reason, List.of(problem("reason", e)), locale, model);
    }
    redirect.addFlashAttribute(
        MonitoringNotice.ATTRIBUTE, MonitoringNotice.success("monitoring.cancel.done", key));
    return "redirect:/monitoring/instances/" + key;
  }

  @GetMapping("/monitoring/instances/{key}/move")
  String chooseMove(
      @PathVariable long key, Authentication authentication, Locale locale, Model model) {
    visible(authentication, key);
    return movePage(key, null, null, List.of(), locale, model);
  }

  /** The choice of step and reason; then the confirmation page; then, confirmed, the move. */
  @PostMapping("/monitoring/instances/{key}/move")
  String move(
      @PathVariable long key,
      @RequestParam(required = false) String target,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String confirmed,
      Authentication authentication,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    Viewer viewer = visible(authentication, key);
    languageLinks(model, request, "/monitoring/instances/" + key + "/move");
    if (target == null || target.isBlank() || reason == null || reason.isBlank()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      List<FieldProblem> problems = new java.util.ArrayList<>();
      if (target == null || target.isBlank()) {
        problems.add(new FieldProblem("target-0", "monitoring.move.chooseStep", ""));
      }
      if (reason == null || reason.isBlank()) {
        problems.add(new FieldProblem("reason", "monitoring.action.reasonRequired", ""));
      }
      return movePage(key, target, reason, problems, locale, model);
    }
    if (!"true".equals(confirmed)) {
      InstanceView instance = details.assemble(key, false, false, locale);
      model.addAttribute("instance", instance);
      model.addAttribute(
          "target",
          instance.moveTargets().stream()
              .filter(option -> option.elementId().equals(target))
              .findFirst()
              .orElse(null));
      model.addAttribute("reason", reason);
      model.addAttribute("section", "instances");
      if (model.getAttribute("target") == null) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return movePage(
            key,
            null,
            reason,
            List.of(new FieldProblem("target-0", "monitoring.move.notATarget", target)),
            locale,
            model);
      }
      return "monitoring/instance-move-confirm";
    }
    try {
      String step = actions.moveBack(viewer, key, target, reason);
      redirect.addFlashAttribute(
          MonitoringNotice.ATTRIBUTE, MonitoringNotice.success("monitoring.move.done", step));
      return "redirect:/monitoring/instances/" + key;
    } catch (CaseActions.RefusedException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return movePage(key, target, reason, List.of(problem("target-0", e)), locale, model);
    }
  }

  @GetMapping("/monitoring/instances/{key}/variables/{name}")
  String editVariable(
      @PathVariable long key,
      @PathVariable String name,
      Authentication authentication,
      Locale locale,
      Model model) {
    Viewer viewer = visible(authentication, key);
    var variable = details.variables(key).get(name);
    String value = variable == null ? "" : pretty(variable.getValue());
    if (IdentityMask.containsIdNumber(value)) {
      // the value must be seen whole to be changed: only for those who may unmask, recorded
      requireIdentityViewer(viewer, key);
      actions.recordUnmasking(viewer, key, "variable " + name);
    }
    return variablePage(key, name, value, null, List.of(), locale, model);
  }

  @PostMapping("/monitoring/instances/{key}/variables")
  String setVariable(
      @PathVariable long key,
      @RequestParam String name,
      @RequestParam(required = false) String value,
      @RequestParam(required = false) String reason,
      Authentication authentication,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    Viewer viewer = visible(authentication, key);
    if (IdentityMask.containsIdNumber(value)) {
      requireIdentityViewer(viewer, key);
    }
    try {
      actions.setVariable(viewer, key, name, value, reason);
    } catch (CaseActions.RefusedException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      languageLinks(model, request, "/monitoring/instances/" + key);
      String field = e.messageCode().startsWith("monitoring.variables") ? "value" : "reason";
      return variablePage(key, name, value, reason, List.of(problem(field, e)), locale, model);
    }
    redirect.addFlashAttribute(
        MonitoringNotice.ATTRIBUTE, MonitoringNotice.success("monitoring.variables.done", name));
    return "redirect:/monitoring/instances/" + key + "#variables-heading";
  }

  private String cancelPage(
      long key, String reason, List<FieldProblem> problems, Locale locale, Model model) {
    model.addAttribute("instance", details.assemble(key, false, false, locale));
    model.addAttribute("reason", reason);
    model.addAttribute("problems", problems);
    model.addAttribute("section", "instances");
    return "monitoring/instance-cancel";
  }

  private String movePage(
      long key,
      String target,
      String reason,
      List<FieldProblem> problems,
      Locale locale,
      Model model) {
    model.addAttribute("instance", details.assemble(key, false, false, locale));
    model.addAttribute("chosen", target);
    model.addAttribute("reason", reason);
    model.addAttribute("problems", problems);
    model.addAttribute("section", "instances");
    return "monitoring/instance-move";
  }

  private String variablePage(
      long key,
      String name,
      String value,
      String reason,
      List<FieldProblem> problems,
      Locale locale,
      Model model) {
    var instance = details.instance(key);
    ProcessModel process = details.model(instance);
    model.addAttribute("key", key);
    model.addAttribute("processName", process.displayName());
    model.addAttribute("name", name);
    model.addAttribute("value", value);
    model.addAttribute("reason", reason);
    model.addAttribute("problems", problems);
    model.addAttribute("section", "instances");
    return "monitoring/instance-variable";
  }

  private Viewer visible(Authentication authentication, long key) {
    Viewer viewer = Viewer.of(authentication);
    details.instance(key); // 404 before 403: an unknown key says so
    scope.requireVisible(viewer, key);
    return viewer;
  }

  private static void requireIdentityViewer(Viewer viewer, long key) {
    if (!viewer.mayUnmaskIdentities()) {
      throw new AccessDeniedException(
          "Expected "
              + viewer.username()
              + " to have the role IDENTITY_VIEWER to see ID numbers of process instance "
              + key
              + ", but they have "
              + viewer.roles());
    }
  }

  private static FieldProblem problem(String field, CaseActions.RefusedException e) {
    return new FieldProblem(field, e.messageCode(), e.getMessage());
  }

  private static void languageLinks(Model model, HttpServletRequest request, String path) {
    // the page answers a POST; the language switch repeats a GET page instead
    model.addAttribute(LayoutModel.LANGUAGE_LINKS, LanguageLinks.forPath(request, path));
  }

  private static String pretty(String json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).toPrettyString();
    } catch (Exception e) {
      return json;
    }
  }
}
