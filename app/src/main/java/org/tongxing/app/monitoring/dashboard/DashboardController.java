package org.tongxing.app.monitoring.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxing.app.monitoring.FieldProblem;
import org.tongxing.app.monitoring.Moments;
import org.tongxing.app.monitoring.MonitoringProperties;
import org.tongxing.app.monitoring.ProcessCatalog;
import org.tongxing.app.monitoring.QueryLinks;
import org.tongxing.app.monitoring.Viewer;
import org.tongxing.app.monitoring.export.CsvExport;
import org.tongxing.app.monitoring.export.XlsxExport;

/**
 * The deadlines and workload dashboard, as of today or of a chosen day ({@code asOf}, the end of
 * that day), and its tables as CSV and Excel.
 */
@Controller
class DashboardController {

  private static final int MOST_WEEKS = 52;

  private final WorkloadReporter reporter;
  private final ProcessCatalog catalog;
  private final MonitoringProperties properties;
  private final MessageSource messages;

  DashboardController(
      WorkloadReporter reporter,
      ProcessCatalog catalog,
      MonitoringProperties properties,
      MessageSource messages) {
    this.reporter = reporter;
    this.catalog = catalog;
    this.properties = properties;
    this.messages = messages;
  }

  /** The report's moment and weeks as asked, or the problems with what was asked. */
  record Period(OffsetDateTime asOf, int weeks, List<FieldProblem> problems) {}

  @GetMapping("/monitoring/dashboard")
  String dashboard(
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String weeks,
      @RequestParam(required = false) String process,
      Authentication authentication,
      Locale locale,
      Model model) {
    Period period = period(asOf, weeks);
    Moments moments = new Moments(properties.timeZone(), locale);
    model.addAttribute("problems", period.problems());
    model.addAttribute("asOfDay", asOf);
    model.addAttribute("weeks", period.weeks());
    model.addAttribute("process", process);
    model.addAttribute("processes", catalog.processes());
    model.addAttribute("section", "dashboard");
    if (period.problems().isEmpty()) {
      WorkloadReport report =
          reporter.report(Viewer.of(authentication), period.asOf(), period.weeks(), process);
      model.addAttribute("report", report);
      model.addAttribute("asOfText", moments.time(report.asOf()));
      model.addAttribute("moments", moments);
      model.addAttribute("warning", moments.duration(properties.deadlineWarning()));
      Map<String, String> parameters = new LinkedHashMap<>();
      if (asOf != null && !asOf.isBlank()) {
        parameters.put("asOf", asOf.trim());
      }
      parameters.put("weeks", String.valueOf(period.weeks()));
      if (process != null && !process.isBlank()) {
        parameters.put("process", process);
      }
      model.addAttribute(
          "xlsxLink", QueryLinks.link("/monitoring/dashboard/export.xlsx", parameters));
      Map<String, String> csvLinks = new LinkedHashMap<>();
      for (String table : ReportTables.NAMES) {
        Map<String, String> withTable = new LinkedHashMap<>(parameters);
        withTable.put("table", table);
        csvLinks.put(table, QueryLinks.link("/monitoring/dashboard/export.csv", withTable));
      }
      model.addAttribute("csvLinks", csvLinks);
    }
    return "monitoring/dashboard";
  }

  @GetMapping("/monitoring/dashboard/export.csv")
  void csv(
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String weeks,
      @RequestParam(required = false) String process,
      @RequestParam(defaultValue = "departments") String table,
      Authentication authentication,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    if (!ReportTables.NAMES.contains(table)) {
      response.sendError(
          400, "Expected a table of " + ReportTables.NAMES + ", but got '" + table + "'");
      return;
    }
    Period period = requireValid(period(asOf, weeks), response);
    if (period == null) {
      return;
    }
    WorkloadReport report =
        reporter.report(Viewer.of(authentication), period.asOf(), period.weeks(), process);
    response.setContentType(CsvExport.MEDIA_TYPE);
    attachment(response, fileName(report, table) + ".csv");
    CsvExport.write(tables(locale).table(report, table), response.getOutputStream());
  }

  @GetMapping("/monitoring/dashboard/export.xlsx")
  void xlsx(
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String weeks,
      @RequestParam(required = false) String process,
      Authentication authentication,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    Period period = requireValid(period(asOf, weeks), response);
    if (period == null) {
      return;
    }
    WorkloadReport report =
        reporter.report(Viewer.of(authentication), period.asOf(), period.weeks(), process);
    response.setContentType(XlsxExport.MEDIA_TYPE);
    attachment(response, fileName(report, "workload") + ".xlsx");
    XlsxExport.write(tables(locale).all(report), response.getOutputStream());
  }

  private ReportTables tables(Locale locale) {
    return new ReportTables(messages, locale, new Moments(properties.timeZone(), locale));
  }

  private Period period(String asOf, String weeks) {
    List<FieldProblem> problems = new java.util.ArrayList<>();
    OffsetDateTime moment = OffsetDateTime.now();
    if (asOf != null && !asOf.isBlank()) {
      try {
        moment =
            LocalDate.parse(asOf.trim())
                .plusDays(1)
                .atStartOfDay(properties.timeZone())
                .toOffsetDateTime();
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("asOf", "monitoring.error.date", asOf));
      }
    }
    int count = properties.trendWeeks();
    if (weeks != null && !weeks.isBlank()) {
      try {
        count = Integer.parseInt(weeks.trim());
        if (count < 1 || count > MOST_WEEKS) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        problems.add(new FieldProblem("weeks", "monitoring.error.weeks", weeks));
        count = properties.trendWeeks();
      }
    }
    return new Period(moment, count, problems);
  }

  private static Period requireValid(Period period, HttpServletResponse response)
      throws IOException {
    if (!period.problems().isEmpty()) {
      FieldProblem problem = period.problems().get(0);
      response.sendError(
          400,
          "Expected "
              + problem.fieldId()
              + " as yyyy-MM-dd or 1-"
              + MOST_WEEKS
              + " weeks, but got '"
              + problem.argument()
              + "'");
      return null;
    }
    return period;
  }

  private String fileName(WorkloadReport report, String table) {
    return "tongxing-"
        + table
        + "-"
        + report.asOf().minusNanos(1).atZoneSameInstant(properties.timeZone()).toLocalDate();
  }

  private static void attachment(HttpServletResponse response, String name) {
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + name
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(name, StandardCharsets.UTF_8));
  }
}
