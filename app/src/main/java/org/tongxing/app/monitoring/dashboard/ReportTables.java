package org.tongxing.app.monitoring.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.tongxing.app.monitoring.Moments;
import org.tongxing.app.monitoring.export.ExportTable;

/**
 * The dashboard's tables for export, with headings in the reader's language; durations as hours (a
 * number with one decimal), so a spreadsheet can compute with them.
 */
final class ReportTables {

  static final List<String> NAMES = List.of("departments", "counties", "deadlines", "weeks");

  private final MessageSource messages;
  private final Locale locale;
  private final Moments moments;

  ReportTables(MessageSource messages, Locale locale, Moments moments) {
    this.messages = messages;
    this.locale = locale;
    this.moments = moments;
  }

  List<ExportTable> all(WorkloadReport report) {
    return NAMES.stream().map(name -> table(report, name)).toList();
  }

  ExportTable table(WorkloadReport report, String name) {
    return switch (name) {
      case "departments" ->
          workload(
              text("monitoring.dashboard.sheet.departments"),
              text("monitoring.dashboard.department"),
              report.departments(),
              true);
      case "counties" ->
          workload(
              text("monitoring.dashboard.sheet.counties"),
              text("monitoring.dashboard.county"),
              report.counties(),
              false);
      case "deadlines" -> deadlines(report);
      case "weeks" -> weeks(report);
      default ->
          throw new IllegalArgumentException(
              "Expected a table of " + NAMES + ", but got '" + name + "'");
    };
  }

  private ExportTable workload(
      String title, String first, List<WorkloadRow> rows, boolean departments) {
    List<List<Object>> cells = new ArrayList<>();
    for (WorkloadRow row : rows) {
      List<Object> cell = new ArrayList<>();
      cell.add(departments ? department(row.name()) : county(row.name()));
      cell.add(row.open());
      cell.add(row.overdue());
      cell.add(row.dueSoon());
      cell.add(row.completed());
      cell.add(hours(row.median()));
      cell.add(hours(row.p90()));
      cell.add(text("monitoring.rag." + row.rag()));
      cells.add(cell);
    }
    return new ExportTable(
        title,
        List.of(
            first,
            text("monitoring.dashboard.open"),
            text("monitoring.dashboard.overdue"),
            text("monitoring.dashboard.dueSoon"),
            text("monitoring.dashboard.completed"),
            text("monitoring.dashboard.medianHours"),
            text("monitoring.dashboard.p90Hours"),
            text("monitoring.dashboard.status")),
        cells);
  }

  private ExportTable deadlines(WorkloadReport report) {
    List<List<Object>> cells = new ArrayList<>();
    for (DeadlineRow row : report.deadlines()) {
      List<Object> cell = new ArrayList<>();
      cell.add(
          row.caseNumber() == null ? String.valueOf(row.processInstanceKey()) : row.caseNumber());
      cell.add(row.processId());
      cell.add(row.what());
      cell.add(String.join("、", row.departments().stream().map(this::department).toList()));
      cell.add(county(row.county()));
      cell.add(moments.time(row.due()).text());
      cell.add(text("monitoring.rag." + row.rag()));
      cells.add(cell);
    }
    return new ExportTable(
        text("monitoring.dashboard.sheet.deadlines"),
        List.of(
            text("monitoring.column.case"),
            text("monitoring.column.process"),
            text("monitoring.dashboard.deadlineWhat"),
            text("monitoring.dashboard.department"),
            text("monitoring.dashboard.county"),
            text("monitoring.dashboard.due"),
            text("monitoring.dashboard.status")),
        cells);
  }

  private ExportTable weeks(WorkloadReport report) {
    List<List<Object>> cells = new ArrayList<>();
    for (WeekRow row : report.trend()) {
      cells.add(
          new ArrayList<>(
              java.util.Arrays.asList(
                  row.firstDay().toString(),
                  row.lastDay().toString(),
                  row.created(),
                  row.completed(),
                  row.openAtEnd(),
                  row.overdueAtEnd(),
                  hours(row.median()))));
    }
    return new ExportTable(
        text("monitoring.dashboard.sheet.weeks"),
        List.of(
            text("monitoring.dashboard.weekFrom"),
            text("monitoring.dashboard.weekTo"),
            text("monitoring.dashboard.created"),
            text("monitoring.dashboard.completed"),
            text("monitoring.dashboard.openAtEnd"),
            text("monitoring.dashboard.overdueAtEnd"),
            text("monitoring.dashboard.medianHours")),
        cells);
  }

  private static Double hours(Duration duration) {
    return duration == null ? null : Math.round(duration.toMinutes() / 6.0) / 10.0;
  }

  private String department(String id) {
    return messages.getMessage("department." + id, null, id, locale);
  }

  private String county(String code) {
    return code == null
        ? text("monitoring.dashboard.noCounty")
        : messages.getMessage("county." + code, null, code, locale);
  }

  private String text(String code) {
    return messages.getMessage(code, null, locale);
  }
}
