package org.tongxing.app.monitoring.instances;

import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tongxing.app.monitoring.FieldProblem;
import org.tongxing.app.monitoring.FilterOptions;
import org.tongxing.app.monitoring.InvalidCriteriaException;
import org.tongxing.app.monitoring.MonitoringProperties;
import org.tongxing.app.monitoring.ProcessCatalog;
import org.tongxing.app.monitoring.ProcessModel;
import org.tongxing.app.monitoring.ProcessModels;
import org.tongxing.app.monitoring.Viewer;

/** The instance search: a GET form whose address is the search, so it can be bookmarked. */
@Controller
class InstanceSearchController {

  static final String PATH = "/monitoring/instances";

  private final InstanceSearch search;
  private final ProcessCatalog catalog;
  private final FilterOptions options;
  private final ProcessModels models;
  private final MonitoringProperties properties;

  InstanceSearchController(
      InstanceSearch search,
      ProcessCatalog catalog,
      FilterOptions options,
      ProcessModels models,
      MonitoringProperties properties) {
    this.search = search;
    this.catalog = catalog;
    this.options = options;
    this.models = models;
    this.properties = properties;
  }

  @GetMapping({"/monitoring", PATH})
  String search(
      @ModelAttribute("criteria") InstanceCriteria criteria,
      Authentication authentication,
      Locale locale,
      Model model) {
    Viewer viewer = Viewer.of(authentication);
    InstanceQuery query = InstanceQuery.read(criteria, properties.timeZone());
    List<FieldProblem> problems = query.problems();
    InstancePage page = null;
    if (query.isValid()) {
      try {
        page = search.search(query, viewer, locale);
      } catch (InvalidCriteriaException e) {
        problems =
            List.of(
                new FieldProblem(
                    e.fieldIdOr("applicant"), e.messageCode(), String.valueOf(e.argument())));
      }
    }
    model.addAttribute("problems", problems);
    model.addAttribute("results", page);
    model.addAttribute("path", PATH);
    List<ProcessCatalog.Process> processes = catalog.processes();
    model.addAttribute("processes", processes);
    model.addAttribute("steps", steps(processes, query));
    model.addAttribute("departments", options.departments(viewer));
    model.addAttribute("counties", options.counties());
    model.addAttribute("seesAll", viewer.seesAllDepartments());
    model.addAttribute("section", "instances");
    return "monitoring/instances";
  }

  /**
   * The steps a case of the chosen process can be at (of the chosen version, else the newest): none
   * before a process is chosen, as element ids mean something only within one.
   */
  private List<ProcessModel.Step> steps(
      List<ProcessCatalog.Process> processes, InstanceQuery query) {
    if (query.process() == null) {
      return List.of();
    }
    return processes.stream()
        .filter(process -> process.id().equals(query.process()))
        .flatMap(
            process ->
                process.versions().stream()
                    .filter(
                        version -> query.version() == null || version.version() == query.version())
                    .limit(1))
        .flatMap(version -> models.of(version.key()).steps().stream())
        .filter(step -> !step.type().equals("startEvent") && !step.type().equals("endEvent"))
        .toList();
  }
}
