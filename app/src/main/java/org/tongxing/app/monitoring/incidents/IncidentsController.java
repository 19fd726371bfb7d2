package org.tongxing.app.monitoring.incidents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxing.app.monitoring.BureauSystems;
import org.tongxing.app.monitoring.CaseScope;
import org.tongxing.app.monitoring.FieldProblem;
import org.tongxing.app.monitoring.IncidentReader;
import org.tongxing.app.monitoring.InvalidCriteriaException;
import org.tongxing.app.monitoring.ListPage;
import org.tongxing.app.monitoring.Moments;
import org.tongxing.app.monitoring.MonitoringNotice;
import org.tongxing.app.monitoring.MonitoringProperties;
import org.tongxing.app.monitoring.ProcessCatalog;
import org.tongxing.app.monitoring.ProcessModels;
import org.tongxing.app.monitoring.QueryLinks;
import org.tongxing.app.monitoring.SearchPaging;
import org.tongxing.app.monitoring.Viewer;
import org.tongxing.app.monitoring.VisibleCases;
import org.tongxing.app.monitoring.instances.IncidentRow;
import org.tongxing.app.monitoring.instances.InstanceDetails;

/**
 * Open incidents: the cases with them a page at a time ({@link IncidentCases}), each incident with
 * the worker's message; a summary by process, bureau system and error; retry one or many once the
 * cause is fixed.
 */
@Controller
class IncidentsController {

  static final String PATH = "/monitoring/incidents";

  private final IncidentReader reader;
  private final IncidentCases cases;
  private final IncidentRetry retry;
  private final CaseScope scope;
  private final ProcessModels models;
  private final ProcessCatalog catalog;
  private final BureauSystems bureaus;
  private final MonitoringProperties properties;

  IncidentsController(
      IncidentReader reader,
      IncidentCases cases,
      IncidentRetry retry,
      CaseScope scope,
      ProcessModels models,
      ProcessCatalog catalog,
      BureauSystems bureaus,
      MonitoringProperties properties) {
    this.reader = reader;
    this.cases = cases;
    this.retry = retry;
    this.scope = scope;
    this.models = models;
    this.catalog = catalog;
    this.bureaus = bureaus;
    this.properties = properties;
  }

  @GetMapping("/monitoring/incidents")
  String list(
      @ModelAttribute("criteria") IncidentCriteria criteria,
      Authentication authentication,
      Locale locale,
      Model model) {
    Viewer viewer = Viewer.of(authentication);
    VisibleCases visible = scope.visibleCases(viewer);
    var processes = catalog.processes();
    Moments moments = new Moments(properties.timeZone(), locale);
    ListPage<IncidentRow> page = ListPage.empty();
    List<FieldProblem> problems = List.of();
    try {
      page = cases.page(criteria, visible, processes, moments);
    } catch (InvalidCriteriaException e) {
      problems =
          List.of(
              new FieldProblem(
                  e.fieldIdOr("error"), e.messageCode(), String.valueOf(e.argument())));
    }
    model.addAttribute("problems", problems);
    model.addAttribute("list", page);
    model.addAttribute("rows", page.rows());
    model.addAttribute("path", PATH);
    if (problems.isEmpty()) {
      Summary summary = summary(criteria, visible, processes, moments);
      model.addAttribute("groups", summary.groups());
      model.addAttribute("summaryTruncated", summary.truncated());
    } else {
      model.addAttribute("groups", List.of());
      model.addAttribute("summaryTruncated", false);
    }
    model.addAttribute("processes", processes);
    model.addAttribute(
        "bureaus", properties.bureauSystems().values().stream().distinct().sorted().toList());
    model.addAttribute("process", criteria.processOrNull());
    model.addAttribute("bureau", criteria.bureauOrNull());
    model.addAttribute("error", criteria.errorOrNull());
    model.addAttribute("section", "incidents");
    return "monitoring/incidents";
  }

  @PostMapping("/monitoring/incidents/retry")
  String retry(
      @RequestParam(name = "incident", required = false) List<Long> incidents,
      @RequestParam(required = false) Long returnTo,
      @ModelAttribute IncidentCriteria listed,
      Authentication authentication,
      RedirectAttributes redirect) {
    // back to the case, or to the list with its filters (its first page: retried cases leave it)
    String back =
        returnTo == null
            ? "redirect:" + QueryLinks.link(PATH, listed.parameters())
            : "redirect:/monitoring/instances/" + returnTo;
    if (incidents == null || incidents.isEmpty()) {
      redirect.addFlashAttribute(
          MonitoringNotice.ATTRIBUTE,
          MonitoringNotice.problem("monitoring.incidents.noneChosen", null));
      return back;
    }
    IncidentRetry.Outcome outcome = retry.retry(Viewer.of(authentication), incidents);
    redirect.addFlashAttribute(
        MonitoringNotice.ATTRIBUTE,
        outcome.refused().isEmpty()
            ? MonitoringNotice.success("monitoring.incidents.retried", outcome.retried().size())
            : MonitoringNotice.problem(
                "monitoring.incidents.someRefused", outcome.refused().size()));
    redirect.addFlashAttribute("retried", outcome.retried());
    return back;
  }

  /** The kinds of failure among the newest open incidents (a bounded read). */
  private record Summary(List<IncidentGroup> groups, boolean truncated) {}

  private Summary summary(
      IncidentCriteria criteria,
      VisibleCases visible,
      List<ProcessCatalog.Process> processes,
      Moments moments) {
    SearchPaging.Items<IncidentReader.Failure> newest =
        reader.newest(
            filter -> {
              if (criteria.processOrNull() != null) {
                filter.processDefinitionId(criteria.processOrNull());
              }
            });
    List<IncidentReader.Failure> failures =
        newest.items().stream()
            .filter(f -> visible.includes(f.incident().getProcessInstanceKey()))
            .toList();
    List<IncidentRow> rows = new ArrayList<>();
    for (IncidentReader.Failure failure : failures) {
      var incident = failure.incident();
      IncidentRow row =
          InstanceDetails.incidentRow(
              failure,
              ProcessCatalog.nameOf(processes, incident.getProcessDefinitionId()),
              null,
              models.of(incident.getProcessDefinitionKey()),
              bureaus,
              moments);
      if (criteria.matches(row.bureau(), row.errorMessage())) {
        rows.add(row);
      }
    }
    return new Summary(groups(rows, failures), newest.truncated());
  }

  private static List<IncidentGroup> groups(
      List<IncidentRow> rows, List<IncidentReader.Failure> failures) {
    Map<Long, String> processIds = new java.util.HashMap<>();
    failures.forEach(
        f -> processIds.put(f.incident().getIncidentKey(), f.incident().getProcessDefinitionId()));
    Map<List<String>, List<IncidentRow>> byKind = new LinkedHashMap<>();
    for (IncidentRow row : rows) {
      List<String> kind =
          java.util.Arrays.asList(
              processIds.get(row.key()),
              row.processName(),
              row.bureau(),
              row.errorType(),
              row.errorMessage());
      byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(row);
    }
    List<IncidentGroup> groups = new ArrayList<>();
    byKind.forEach(
        (kind, members) ->
            groups.add(
                new IncidentGroup(
                    kind.get(0),
                    kind.get(1),
                    kind.get(2),
                    kind.get(3),
                    kind.get(4),
                    members.size())));
    groups.sort(
        Comparator.comparingInt(IncidentGroup::count)
            .reversed()
            .thenComparing(
                IncidentGroup::processName, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(group -> Objects.toString(group.errorMessage(), "")));
    return groups;
  }
}
