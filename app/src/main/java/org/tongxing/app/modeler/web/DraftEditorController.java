package org.tongxing.app.modeler.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxing.app.modeler.check.CheckReport;
import org.tongxing.app.modeler.check.DraftChecker;
import org.tongxing.app.modeler.draft.Author;
import org.tongxing.app.modeler.draft.DraftConflictException;
import org.tongxing.app.modeler.draft.DraftNotFoundException;
import org.tongxing.app.modeler.draft.DraftSnapshot;
import org.tongxing.app.modeler.draft.Drafts;
import org.tongxing.app.modeler.resource.ExecutionPlatform;
import org.tongxing.app.modeler.resource.InvalidModelException;
import org.tongxing.app.modeler.resource.ModelFile;

/**
 * Editing one file of a draft in the browser (bpmn-js, dmn-js or the form editor), saving it as the
 * draft's next version with a message, and exporting it as the Camunda Desktop Modeler opens it. A
 * save that cannot be made (someone saved in between, a file that cannot be read) shows the editor
 * again with the unsaved work in it.
 */
@Controller
class DraftEditorController {

  private final Drafts drafts;
  private final DraftChecker checker;
  private final ProblemMessages problems;
  private final ObjectMapper json;
  private final MessageSource messages;

  DraftEditorController(
      Drafts drafts,
      DraftChecker checker,
      ProblemMessages problems,
      ObjectMapper json,
      MessageSource messages) {
    this.drafts = drafts;
    this.checker = checker;
    this.problems = problems;
    this.json = json;
    this.messages = messages;
  }

  @GetMapping("/modeler/drafts/{id}/files/{fileName}")
  String editor(
      @PathVariable("id") long id,
      @PathVariable("fileName") String fileName,
      @RequestParam(name = "version", required = false) Integer version,
      @RequestParam(name = "element", required = false) String element,
      Authentication user,
      Model model) {
    DraftSnapshot latest = drafts.latest(id);
    DraftSnapshot shown =
        version == null || version == latest.version().number()
            ? latest
            : drafts.snapshot(id, version);
    ModelFile file = file(shown, fileName);
    show(model, user, latest, shown, file, file.content(), latest.version().number(), element);
    return "modeler/editor";
  }

  @PostMapping("/modeler/drafts/{id}/files/{fileName}")
  String save(
      @PathVariable("id") long id,
      @PathVariable("fileName") String fileName,
      @RequestParam("content") String content,
      @RequestParam("message") String message,
      @RequestParam("baseVersion") int baseVersion,
      Authentication user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    ModelerAccess.requireEditor(user, "save a draft");
    DraftSnapshot latest = drafts.latest(id);
    ModelFile file = file(latest, fileName).withContent(content);
    try {
      DraftSnapshot saved =
          drafts.save(id, baseVersion, List.of(file), Set.of(), message, Author.of(user));
      redirect.addFlashAttribute("notice", text("modeler.notice.saved", saved.version().number()));
      return "redirect:/modeler/drafts/" + id + "/files/" + fileName;
    } catch (DraftConflictException e) {
      model.addAttribute(
          "saveError",
          text("modeler.editor.conflict", e.latest().number(), e.latest().author().label()));
      response.setStatus(HttpStatus.CONFLICT.value());
    } catch (InvalidModelException | IllegalArgumentException e) {
      model.addAttribute("saveError", text("modeler.editor.invalid", e.getMessage()));
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    model.addAttribute("message", message);
    show(model, user, latest, latest, file, content, latest.version().number(), null);
    return "modeler/editor";
  }

  @GetMapping("/modeler/drafts/{id}/files/{fileName}/download")
  ResponseEntity<String> download(
      @PathVariable("id") long id,
      @PathVariable("fileName") String fileName,
      @RequestParam(name = "version", required = false) Integer version) {
    DraftSnapshot shown = version == null ? drafts.latest(id) : drafts.snapshot(id, version);
    ModelFile file = ExecutionPlatform.ensure(file(shown, fileName));
    return ResponseEntity.ok()
        .contentType(
            new MediaType(
                file.kind() == org.tongxing.app.modeler.resource.ModelKind.FORM
                    ? MediaType.APPLICATION_JSON
                    : MediaType.APPLICATION_XML,
                StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(file.content());
  }

  private void show(
      Model model,
      Authentication user,
      DraftSnapshot latest,
      DraftSnapshot shown,
      ModelFile file,
      String content,
      int baseVersion,
      String element) {
    boolean old = shown.version().number() != latest.version().number();
    List<ModelFile> files = new ArrayList<>(latest.files());
    files.replaceAll(f -> f.fileName().equals(file.fileName()) ? file.withContent(content) : f);
    CheckReport report = checker.check(old ? shown.files() : files);
    List<ProblemView> views = problems.of(report);
    model.addAttribute("draft", latest);
    model.addAttribute("shown", shown);
    model.addAttribute("file", file);
    model.addAttribute("fileContent", content);
    model.addAttribute("baseVersion", baseVersion);
    model.addAttribute("oldVersion", old);
    model.addAttribute("readOnly", old || !ModelerAccess.canEdit(user));
    model.addAttribute("canEdit", ModelerAccess.canEdit(user));
    model.addAttribute("element", element);
    model.addAttribute(
        "problems", views.stream().filter(p -> p.fileName().equals(file.fileName())).toList());
    model.addAttribute(
        "otherProblems",
        views.stream().filter(p -> !p.fileName().equals(file.fileName())).toList());
    model.addAttribute(
        "problemsJson",
        write(views.stream().filter(p -> p.fileName().equals(file.fileName())).toList()));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Expected to write the problems as JSON", e);
    }
  }

  static ModelFile file(DraftSnapshot draft, String fileName) {
    return draft
        .file(fileName)
        .orElseThrow(
            () ->
                new DraftNotFoundException(
                    "Expected draft "
                        + draft.draft().id()
                        + " version "
                        + draft.version().number()
                        + " to hold "
                        + fileName
                        + ", but it holds "
                        + draft.files().stream().map(ModelFile::fileName).toList()));
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
