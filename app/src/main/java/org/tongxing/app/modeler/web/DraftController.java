package org.tongxing.app.modeler.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxing.app.modeler.check.CheckReport;
import org.tongxing.app.modeler.check.DraftChecker;
import org.tongxing.app.modeler.deployed.DeploymentLog;
import org.tongxing.app.modeler.draft.Author;
import org.tongxing.app.modeler.draft.DraftSnapshot;
import org.tongxing.app.modeler.draft.DraftStarter;
import org.tongxing.app.modeler.draft.Drafts;
import org.tongxing.app.modeler.resource.BlankModels;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelKind;

/**
 * A draft: starting one (from what is deployed, the repository, uploaded files or a blank file),
 * its files, its versions, restoring an old version, adding and removing files.
 */
@Controller
class DraftController {

  static final int MAX_UPLOAD_FILES = 50;

  private final Drafts drafts;
  private final DraftStarter starter;
  private final DraftChecker checker;
  private final DeploymentLog log;
  private final MessageSource messages;

  DraftController(
      Drafts drafts,
      DraftStarter starter,
      DraftChecker checker,
      DeploymentLog log,
      MessageSource messages) {
    this.drafts = drafts;
    this.starter = starter;
    this.checker = checker;
    this.log = log;
    this.messages = messages;
  }

  /** A file of the draft page with what the checks found in it. */
  record FileRow(ModelFile file, long errors, long warnings) {}

  @GetMapping("/modeler/drafts/{id}")
  String draft(@PathVariable("id") long id, Authentication user, Model model) {
    DraftSnapshot latest = drafts.latest(id);
    CheckReport report = checker.check(latest.files());
    model.addAttribute("canEdit", ModelerAccess.canEdit(user));
    model.addAttribute("draft", latest);
    model.addAttribute(
        "files",
        latest.files().stream()
            .map(
                file ->
                    new FileRow(
                        file,
                        report.of(file.fileName()).stream().filter(p -> p.isError()).count(),
                        report.of(file.fileName()).stream().filter(p -> !p.isError()).count()))
            .toList());
    model.addAttribute("report", report);
    model.addAttribute("versions", drafts.versions(id));
    model.addAttribute("deployments", log.ofDraft(id));
    return "modeler/draft";
  }

  @PostMapping("/modeler/drafts")
  String start(
      @RequestParam("source") String source,
      @RequestParam(name = "key", required = false) Long key,
      @RequestParam(name = "file", required = false) String fileName,
      @RequestParam(name = "formId", required = false) String formId,
      @RequestParam(name = "kind", required = false) ModelKind kind,
      @RequestParam(name = "id", required = false) String blankId,
      @RequestParam(name = "name", required = false) String blankName,
      @RequestParam(name = "title", required = false) String title,
      Authentication user,
      RedirectAttributes redirect) {
    ModelerAccess.requireEditor(user, "start a draft");
    Author author = Author.of(user);
    DraftSnapshot started =
        switch (source) {
          case "deployed-process" ->
              starter.fromDeployedProcess(required(key, "key"), title, author);
          case "deployed-decisions" ->
              starter.fromDeployedDecisions(required(key, "key"), title, author);
          case "deployed-form" ->
              starter.fromDeployedForm(required(formId, "formId"), title, author);
          case "repository" -> starter.fromRepository(required(fileName, "file"), title, author);
          case "blank" ->
              starter.fromFiles(
                  List.of(BlankModels.of(required(kind, "kind"), blankId, blankName)), title,
                  text("modeler.origin.blank"), author);
          default ->
              throw new IllegalArgumentException(
                  "Expected source to be deployed-process,"
                      + " deployed-decisions, deployed-form, repository or blank, but got '"
                      + source
                      + "'");
        };
    redirect.addFlashAttribute("notice", text("modeler.notice.started", started.draft().title()));
    return "redirect:/modeler/drafts/" + started.draft().id();
  }

  @PostMapping("/modeler/drafts/import")
  String importFiles(
      @RequestParam("files") List<MultipartFile> uploads,
      @RequestParam(name = "title", required = false) String title,
      Authentication user,
      RedirectAttributes redirect) {
    ModelerAccess.requireEditor(user, "import files");
    List<ModelFile> files = read(uploads);
    DraftSnapshot started =
        starter.fromFiles(
            files,
            title,
            text(
                "modeler.origin.imported",
                files.stream().map(ModelFile::fileName).collect(Collectors.joining(", "))),
            Author.of(user));
    redirect.addFlashAttribute("notice", text("modeler.notice.started", started.draft().title()));
    return "redirect:/modeler/drafts/" + started.draft().id();
  }

  @PostMapping("/modeler/drafts/{id}/files")
  String addFiles(
      @PathVariable("id") long id,
      @RequestParam("baseVersion") int baseVersion,
      @RequestParam(name = "files", required = false) List<MultipartFile> uploads,
      @RequestParam(name = "kind", required = false) ModelKind kind,
      @RequestParam(name = "blankId", required = false) String blankId,
      @RequestParam(name = "blankName", required = false) String blankName,
      Authentication user,
      RedirectAttributes redirect) {
    ModelerAccess.requireEditor(user, "add files");
    List<ModelFile> files =
        kind != null
            ? List.of(BlankModels.of(kind, blankId, blankName))
            : read(uploads == null ? List.of() : uploads);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("Expected a file to add, but none was given");
    }
    String names = files.stream().map(ModelFile::fileName).collect(Collectors.joining(", "));
    DraftSnapshot saved =
        drafts.save(
            id,
            baseVersion,
            files,
            Set.of(),
            text("modeler.message.added", names),
            Author.of(user));
    redirect.addFlashAttribute("notice", text("modeler.notice.saved", saved.version().number()));
    return "redirect:/modeler/drafts/" + id;
  }

  @PostMapping("/modeler/drafts/{id}/files/{fileName}/removal")
  String removeFile(
      @PathVariable("id") long id,
      @PathVariable("fileName") String fileName,
      @RequestParam("baseVersion") int baseVersion,
      Authentication user,
      RedirectAttributes redirect) {
    ModelerAccess.requireEditor(user, "remove a file");
    DraftSnapshot saved =
        drafts.save(
            id,
            baseVersion,
            List.of(),
            Set.of(fileName),
            text("modeler.message.removed", fileName),
            Author.of(user));
    redirect.addFlashAttribute("notice", text("modeler.notice.saved", saved.version().number()));
    return "redirect:/modeler/drafts/" + id;
  }

  @PostMapping("/modeler/drafts/{id}/restore")
  String restore(
      @PathVariable("id") long id,
      @RequestParam("number") int number,
      @RequestParam("baseVersion") int baseVersion,
      @RequestParam(name = "message", required = false) String message,
      Authentication user,
      RedirectAttributes redirect) {
    ModelerAccess.requireEditor(user, "restore a version");
    String text =
        message == null || message.isBlank() ? text("modeler.message.restored", number) : message;
    DraftSnapshot saved = drafts.restore(id, number, baseVersion, text, Author.of(user));
    redirect.addFlashAttribute(
        "notice", text("modeler.notice.restored", number, saved.version().number()));
    return "redirect:/modeler/drafts/" + id;
  }

  private static List<ModelFile> read(List<MultipartFile> uploads) {
    if (uploads.size() > MAX_UPLOAD_FILES) {
      throw new IllegalArgumentException(
          "Expected at most " + MAX_UPLOAD_FILES + " files at once, but got " + uploads.size());
    }
    List<ModelFile> files = new ArrayList<>();
    for (MultipartFile upload : uploads) {
      if (upload.isEmpty()
          && (upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank())) {
        continue;
      }
      String name = baseName(upload.getOriginalFilename());
      try {
        files.add(ModelFile.of(name, new String(upload.getBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("Expected to read the uploaded " + name, e);
      }
    }
    return files;
  }

  /** The name without the folders a browser may send along. */
  private static String baseName(String name) {
    String plain = name == null ? "" : name.replace('\\', '/');
    return plain.substring(plain.lastIndexOf('/') + 1);
  }

  private static <T> T required(T value, String name) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw new IllegalArgumentException("Expected the parameter " + name + ", but it is missing");
    }
    return value;
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
