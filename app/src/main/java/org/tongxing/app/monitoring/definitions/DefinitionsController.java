package org.tongxing.app.monitoring.definitions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tongxing.app.diagram.ProcessDiagramView;
import org.tongxing.app.diagram.ProcessPath;
import org.tongxing.app.monitoring.CaseNotFoundException;
import org.tongxing.app.monitoring.CaseScope;
import org.tongxing.app.monitoring.ProcessCatalog;
import org.tongxing.app.monitoring.Viewer;
import org.tongxing.app.monitoring.VisibleCases;

/**
 * Every process and version with its live counts; a version's diagram with a badge per step
 * (waiting, failed, done): a heatmap of where cases wait, and the same as a table.
 */
@Controller
class DefinitionsController {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A version in the list with its totals. */
  record VersionRow(long key, int version, long active, long incidents, long completed) {}

  record ProcessRow(String id, String name, List<VersionRow> versions) {}

  private final ProcessCatalog catalog;
  private final DefinitionStatistics statistics;
  private final CaseScope scope;
  private final MessageSource messages;

  DefinitionsController(
      ProcessCatalog catalog,
      DefinitionStatistics statistics,
      CaseScope scope,
      MessageSource messages) {
    this.catalog = catalog;
    this.statistics = statistics;
    this.scope = scope;
    this.messages = messages;
  }

  @GetMapping("/monitoring/definitions")
  String list(Authentication authentication, Model model) {
    VisibleCases visible = scope.visibleCases(Viewer.of(authentication));
    List<ProcessRow> rows = new ArrayList<>();
    for (ProcessCatalog.Process process : catalog.processes()) {
      List<VersionRow> versions = new ArrayList<>();
      for (ProcessCatalog.Version version : process.versions()) {
        List<ElementCount> counts = statistics.of(version.key(), visible);
        versions.add(
            new VersionRow(
                version.key(),
                version.version(),
                counts.stream()
                    .filter(
                        c ->
                            c.type().endsWith("Task")
                                || c.type().endsWith("Event")
                                || c.type().equals("callActivity")
                                || c.type().endsWith("Gateway"))
                    .mapToLong(ElementCount::active)
                    .sum(),
                counts.stream().mapToLong(ElementCount::incidents).sum(),
                counts.stream()
                    .filter(c -> c.type().equals("endEvent"))
                    .mapToLong(ElementCount::completed)
                    .sum()));
      }
      rows.add(new ProcessRow(process.id(), process.name(), versions));
    }
    model.addAttribute("processes", rows);
    model.addAttribute("section", "definitions");
    return "monitoring/definitions";
  }

  @GetMapping("/monitoring/definitions/{key}")
  String show(@PathVariable long key, Authentication authentication, Locale locale, Model model) {
    ProcessCatalog.Process process = null;
    ProcessCatalog.Version version = null;
    for (ProcessCatalog.Process candidate : catalog.processes()) {
      for (ProcessCatalog.Version v : candidate.versions()) {
        if (v.key() == key) {
          process = candidate;
          version = v;
        }
      }
    }
    if (version == null) {
      throw new CaseNotFoundException("process definition", key);
    }
    VisibleCases visible = scope.visibleCases(Viewer.of(authentication));
    List<ElementCount> counts = statistics.of(key, visible);
    ObjectNode badges = JSON.createObjectNode();
    for (ElementCount count : counts) {
      if (count.active() + count.incidents() + count.completed() > 0) {
        badges
            .putObject(count.elementId())
            .put("active", count.active())
            .put("incidents", count.incidents())
            .put("completed", count.completed());
      }
    }
    long waiting = counts.stream().mapToLong(ElementCount::active).max().orElse(0);
    String busiest =
        counts.stream()
            .filter(c -> c.active() == waiting && waiting > 0)
            .map(ElementCount::name)
            .findFirst()
            .orElse(null);
    String label =
        busiest == null
            ? messages.getMessage(
                "monitoring.definition.diagramLabel.empty", new Object[] {process.name()}, locale)
            : messages.getMessage(
                "monitoring.definition.diagramLabel",
                new Object[] {process.name(), busiest, waiting},
                locale);
    model.addAttribute("process", process);
    model.addAttribute("version", version);
    model.addAttribute("counts", counts);
    model.addAttribute("maxActive", waiting);
    model.addAttribute(
        "diagram",
        ProcessDiagramView.of(key, ProcessPath.unknown(), label).withCounts(badges.toString()));
    model.addAttribute("section", "definitions");
    return "monitoring/definition";
  }
}
