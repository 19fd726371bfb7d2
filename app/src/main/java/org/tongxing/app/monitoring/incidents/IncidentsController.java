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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxing.app.monitoring.BureauSystems;
import org.tongxing.app.monitoring.CaseFacts;
import org.tongxing.app.monitoring.CaseScope;
import org.tongxing.app.monitoring.IncidentReader;
import org.tongxing.app.monitoring.Moments;
import org.tongxing.app.monitoring.MonitoringNotice;
import org.tongxing.app.monitoring.MonitoringProperties;
import org.tongxing.app.monitoring.ProcessCatalog;
import org.tongxing.app.monitoring.ProcessModels;
import org.tongxing.app.monitoring.Viewer;
import org.tongxing.app.monitoring.VisibleCases;
import org.tongxing.app.monitoring.instances.IncidentRow;
import org.tongxing.app.monitoring.instances.InstanceDetails;

/**
 * Open incidents, grouped by process, bureau system and error, each with the worker's message;
 * retry one or many once the cause is fixed.
 */
@Controller
class IncidentsController {

  private final IncidentReader reader;
  private final IncidentRetry retry;
  private final CaseScope scope;
  private final CaseFacts facts;
  private final ProcessModels models;
  private final ProcessCatalog catalog;
  private final BureauSystems bureaus;
  private final MonitoringProperties properties;

  IncidentsController(IncidentReader reader, IncidentRetry retry, CaseScope scope,
      CaseFacts facts, ProcessModels models, ProcessCatalog catalog, BureauSystems bureaus,
      MonitoringProperties properties) {
    this.reader = reader;
    this.retry = retry;
    this.scope = scope;
    this.facts = facts;
    this.models = models;
    this.catalog = catalog;
    this.bureaus = bureaus;
    this.properties = properties;
  }

  @GetMapping("/monitoring/incidents")
  String list(@RequestParam(required = false) String process,
      @RequestParam(required = false) String bureau,
      @RequestParam(required = false) String error,
      Authentication authentication, Locale locale, Model model) {
    Viewer viewer = Viewer.of(authentication);
    VisibleCases visible = scope.visibleCases(viewer);
    var processes = catalog.processes();
    Moments moments = new Moments(properties.timeZone(), locale);
    List<IncidentReader.Failure> failures = reader.open(filter -> {
      if (process != null && !process.isBlank()) {
        filter.processDefinitionId(process);
      }
    }).stream().filter(f -> visible.includes(f.incident().getProcessInstanceKey())).toList();
    var known = facts.of(failures.stream().map(f -> f.incident().getProcessInstanceKey()).toList());
    List<IncidentRow> rows = new ArrayList<>();
    for (IncidentReader.Failure failure : failures) {
      var incident = failure.incident();
      IncidentRow row = InstanceDetails.incidentRow(failure,
          ProcessCatalog.nameOf(processes, incident.getProcessDefinitionId()),
          known.getOrDefault(incident.getProcessInstanceKey(), CaseFacts.Facts.NONE).caseNumber(),
          models.of(incident.getProcessDefinitionKey()), bureaus, moments);
      if (bureau != null && !bureau.isBlank() && !bureau.equals(row.bureau())) {
        continue;
      }
      if (error != null && !error.isBlank()
          && (row.errorMessage() == null || !row.errorMessage().contains(error.trim()))) {
        continue;
      }
      rows.add(row);
    }
    model.addAttribute("rows", rows);
    model.addAttribute("groups", groups(rows, failures));
    model.addAttribute("processes", processes);
    model.addAttribute("bureaus", properties.bureauSystems().values().stream().distinct().sorted()
        .toList());
    model.addAttribute("process", process);
    model.addAttribute("bureau", bureau);
    model.addAttribute("error", error);
    model.addAttribute("section", "incidents");
    return "monitoring/incidents";
  }

  @PostMapping("/monitoring/incidents/retry")
  String retry(@RequestParam(name = "incident", required = false) List<Long> incidents,
      @RequestParam(required = false) Long returnTo,
      Authentication authentication, RedirectAttributes redirect) {
    String back = returnTo == null ? "redirect:/monitoring/incidents"
        : "redirect:/monitoring/instances/" + returnTo;
    if (incidents == null || incidents.isEmpty()) {
      redirect.addFlashAttribute(MonitoringNotice.ATTRIBUTE,
          MonitoringNotice.problem("monitoring.incidents.noneChosen", null));
      return back;
    }
    IncidentRetry.Outcome outcome = retry.retry(Viewer.of(authentication), incidents);
    redirect.addFlashAttribute(MonitoringNotice.ATTRIBUTE, outcome.refused().isEmpty()
        ? MonitoringNotice.success("monitoring.incidents.retried", outcome.retried().size())
        : MonitoringNotice.problem("monitoring.incidents.someRefused", outcome.refused().size()));
    redirect.addFlashAttribute("retried", outcome.retried());
    return back;
  }

  private static List<IncidentGroup> groups(List<IncidentRow> rows,
      List<IncidentReader.Failure> failures) {
    Map<Long, String> processIds = new java.util.HashMap<>();
    failures.forEach(f -> processIds.put(f.incident().getIncidentKey(),
        f.incident().getProcessDefinitionId()));
    Map<List<String>, List<IncidentRow>> byKind = new LinkedHashMap<>();
    for (IncidentRow row : rows) {
      List<String> kind = java.util.Arrays.asList(processIds.get(row.key()), row.processName(),
          row.bureau(), row.errorType(), row.errorMessage());
      byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(row);
    }
    List<IncidentGroup> groups = new ArrayList<>();
    byKind.forEach((kind, members) -> groups.add(new IncidentGroup(kind.get(0), kind.get(1),
        kind.get(2), kind.get(3), kind.get(4), members.size())));
    groups.sort(Comparator.comparingInt(IncidentGroup::count).reversed()
        .thenComparing(IncidentGroup::processName, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(group -> Objects.toString(group.errorMessage(), "")));
    return groups;
  }
}
