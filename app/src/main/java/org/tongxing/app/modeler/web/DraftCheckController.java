package org.tongxing.app.modeler.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tongxing.app.modeler.check.CheckReport;
import org.tongxing.app.modeler.check.DraftChecker;
import org.tongxing.app.modeler.check.JobWorkerCatalogue;
import org.tongxing.app.modeler.draft.DraftSnapshot;
import org.tongxing.app.modeler.draft.Drafts;
import org.tongxing.app.modeler.resource.ModelFile;

/**
 * The checks of a draft: a page with every problem linked to its element, and the same checks for
 * the editor on the work not saved yet (JSON).
 */
@Controller
class DraftCheckController {

  private final Drafts drafts;
  private final DraftChecker checker;
  private final ProblemMessages problems;
  private final JobWorkerCatalogue workers;

  DraftCheckController(
      Drafts drafts, DraftChecker checker, ProblemMessages problems, JobWorkerCatalogue workers) {
    this.drafts = drafts;
    this.checker = checker;
    this.problems = problems;
    this.workers = workers;
  }

  @GetMapping("/modeler/drafts/{id}/checks")
  String checks(@PathVariable("id") long id, Authentication user, Model model) {
    DraftSnapshot latest = drafts.latest(id);
    CheckReport report = checker.check(latest.files());
    model.addAttribute("draft", latest);
    model.addAttribute("report", report);
    model.addAttribute("problems", problems.of(report));
    model.addAttribute("jobTypes", workers.knownTypes());
    model.addAttribute("canEdit", ModelerAccess.canEdit(user));
    return "modeler/checks";
  }

  /** The draft's checks with one file as the editor holds it now. */
  @PostMapping(
      path = "/modeler/drafts/{id}/checks",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Map<String, Object> check(
      @PathVariable("id") long id, @RequestBody EditedFile edited, Authentication user) {
    ModelerAccess.requireEditor(user, "check a draft");
    DraftSnapshot latest = drafts.latest(id);
    ModelFile file =
        DraftEditorController.file(latest, edited.fileName()).withContent(edited.content());
    List<ModelFile> files = new ArrayList<>(latest.files());
    files.replaceAll(f -> f.fileName().equals(file.fileName()) ? file : f);
    CheckReport report = checker.check(files);
    List<ProblemView> views = problems.of(report);
    return Map.of(
        "passed",
        report.passed(),
        "problems",
        views.stream().filter(p -> p.fileName().equals(file.fileName())).toList(),
        "otherProblems",
        views.stream().filter(p -> !p.fileName().equals(file.fileName())).toList());
  }

  /** What the editor sends: the file's name and its content now. */
  record EditedFile(String fileName, String content) {}
}
