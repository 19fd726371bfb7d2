package org.tongxing.app.cases;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxing.app.casehistory.CaseAction;
import org.tongxing.app.casehistory.CaseHistory;
import org.tongxing.app.casehistory.CaseHistoryEntry;
import org.tongxing.app.security.StaffNames;
import org.tongxing.app.tasklist.ErrorSummaryItem;
import org.tongxing.app.tasklist.FlashNotice;
import org.tongxing.app.tasklist.TaskNotFoundException;
import org.tongxing.app.tasklist.TasklistUser;
import org.tongxing.app.tasklist.form.ComponentKind;
import org.tongxing.app.tasklist.form.DynamicLists;
import org.tongxing.app.tasklist.form.FieldError;
import org.tongxing.app.tasklist.form.FieldPaths;
import org.tongxing.app.tasklist.form.FormJsData;
import org.tongxing.app.tasklist.form.FormRenderer;
import org.tongxing.app.tasklist.form.FormSchema;
import org.tongxing.app.tasklist.form.FormSchemaParser;
import org.tongxing.app.tasklist.form.FormSubmission;
import org.tongxing.app.tasklist.form.RenderedComponent;
import org.tongxing.app.tasklist.form.SubmissionResult;
import org.tongxing.app.web.LanguageLinks;
import org.tongxing.app.web.LayoutModel;

/**
 * Starting a case: the catalogue of the policy paths, each with its start form, checked on the
 * server as a task's form is, and the case started through the client and recorded in its history.
 */
@Controller
class StartCaseController {

  private final CaseCatalogue catalogue;
  private final CaseStarter starter;
  private final CaseHistory history;
  private final MessageSource messages;

  StartCaseController(
      CaseCatalogue catalogue, CaseStarter starter, CaseHistory history, MessageSource messages) {
    this.catalogue = catalogue;
    this.starter = starter;
    this.history = history;
    this.messages = messages;
  }

  @GetMapping("/cases/new")
  String catalogue(Authentication authentication, Model model) {
    model.addAttribute("entries", catalogue.startableBy(TasklistUser.of(authentication)));
    return "cases/catalogue";
  }

  @GetMapping("/cases/new/{key}")
  String form(@PathVariable long key, Authentication authentication, Locale locale, Model model) {
    CatalogueEntry entry = entry(key, authentication);
    String json = json(entry);
    FormSchema schema = FormSchemaParser.parse(json);
    show(model, entry, schema, FormRenderer.initialValues(schema, Map.of()), Map.of(), locale);
    model.addAttribute("formJs", FormJsData.of(json, Map.of()));
    return "cases/start";
  }

  @PostMapping("/cases/new/{key}")
  String start(
      @PathVariable long key,
      @RequestParam Map<String, String> parameters,
      Authentication authentication,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    CatalogueEntry entry = entry(key, authentication);
    String json = json(entry);
    FormSchema schema = FormSchemaParser.parse(json);
    SubmissionResult submission =
        DynamicLists.validate(
            json,
            parameters,
            FormSubmission.validate(schema, FormRenderer.submittedValues(parameters)));
    if (!submission.isValid()) {
      Map<String, String> errors = new HashMap<>();
      for (FieldError error : submission.errors()) {
        errors.putIfAbsent(error.key(), messages.getMessage(error, locale));
      }
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      show(model, entry, schema, submission.enteredValues(), errors, locale);
      model.addAttribute(
          LayoutModel.LANGUAGE_LINKS, LanguageLinks.forPath(request, "/cases/new/" + key));
      return "cases/start";
    }
    long instance = starter.start(entry.processDefinitionKey(), submission.variables());
    Object caseId = FieldPaths.get(submission.variables(), "applicationId");
    history.record(
        new CaseHistoryEntry(
            null,
            instance,
            caseId == null ? null : String.valueOf(caseId),
            entry.processId(),
            null,
            null,
            entry.name(),
            CaseAction.STARTED,
            authentication.getName(),
            StaffNames.displayNameOf(authentication),
            null,
            null,
            null,
            OffsetDateTime.now()));
    redirect.addFlashAttribute(
        FlashNotice.ATTRIBUTE,
        FlashNotice.success("cases.notice.started", entry.name() + " · " + instance));
    return "redirect:/tasks";
  }

  private CatalogueEntry entry(long key, Authentication authentication) {
    return catalogue
        .find(key, TasklistUser.of(authentication))
        .orElseThrow(() -> new TaskNotFoundException(key));
  }

  private String json(CatalogueEntry entry) {
    return starter
        .startForm(entry.processDefinitionKey())
        .orElseThrow(() -> new TaskNotFoundException(entry.processDefinitionKey()));
  }

  private static void show(
      Model model,
      CatalogueEntry entry,
      FormSchema schema,
      Map<String, String> values,
      Map<String, String> errors,
      Locale locale) {
    List<RenderedComponent> components = FormRenderer.render(schema, values, errors);
    List<ErrorSummaryItem> summary =
        components.stream()
            .filter(RenderedComponent::hasError)
            .map(
                c ->
                    new ErrorSummaryItem(
                        c.component().kind() == ComponentKind.RADIO ? c.optionId(0) : c.id(),
                        c.errorMessage()))
            .toList();
    model.addAttribute("entry", entry);
    model.addAttribute("components", components);
    model.addAttribute("errors", summary);
  }
}
