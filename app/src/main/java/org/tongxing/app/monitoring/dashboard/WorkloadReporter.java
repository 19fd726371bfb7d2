package org.tongxing.app.monitoring.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.UserTaskFilter;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.tongxing.app.monitoring.CaseFacts;
import org.tongxing.app.monitoring.FilterOptions;
import org.tongxing.app.monitoring.MonitoringProperties;
import org.tongxing.app.monitoring.SearchPaging;
import org.tongxing.app.monitoring.Viewer;

/**
 * Builds the deadlines and workload dashboard from the user task search, through the client: the
 * tasks open at the report's moment and those completed in its weeks; their cases' counties from
 * the case variables; deadlines from the tasks' due dates and the cases' deadline variables.
 * Everything is counted as of the report's moment, so a past day's report gives that day's figures.
 * A supervisor's report counts their departments' tasks, the lead office's all.
 */
@Component
public class WorkloadReporter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int KEYS_PER_SEARCH = 200;

  private final CamundaClient client;
  private final CaseFacts facts;
  private final FilterOptions options;
  private final MonitoringProperties properties;

  public WorkloadReporter(
      CamundaClient client,
      CaseFacts facts,
      FilterOptions options,
      MonitoringProperties properties) {
    this.client = client;
    this.facts = facts;
    this.options = options;
    this.properties = properties;
  }

  public WorkloadReport report(Viewer viewer, OffsetDateTime asOf, int weeks, String process) {
    OffsetDateTime periodStart = asOf.minusWeeks(weeks);
    List<String> groups = viewer.seesAllDepartments() ? null : List.copyOf(viewer.groups());
    int limit = properties.reportTaskLimit();
    Map<Long, UserTask> found = new LinkedHashMap<>();
    boolean truncated = false;
    for (String group :
        groups == null ? java.util.Collections.<String>singletonList(null) : groups) {
      SearchPaging.Items<UserTask> open =
          tasks(
              limit,
              filter -> {
                filter.state(UserTaskState.CREATED).creationDate(date -> date.lte(asOf));
                narrow(filter, group, process);
              });
      SearchPaging.Items<UserTask> done =
          tasks(
              limit,
              filter -> {
                filter
                    .state(UserTaskState.COMPLETED)
                    .completionDate(date -> date.gte(periodStart))
                    .creationDate(date -> date.lte(asOf));
                narrow(filter, group, process);
              });
      open.items().forEach(task -> found.putIfAbsent(task.getUserTaskKey(), task));
      done.items().forEach(task -> found.putIfAbsent(task.getUserTaskKey(), task));
      truncated |= open.truncated() || done.truncated();
    }
    Map<Long, CaseFacts.Facts> known =
        facts.of(found.values().stream().map(UserTask::getProcessInstanceKey).toList());
    List<ReportTask> tasks =
        found.values().stream()
            .map(
                task -> {
                  CaseFacts.Facts fact =
                      known.getOrDefault(task.getProcessInstanceKey(), CaseFacts.Facts.NONE);
                  return new ReportTask(
                      task.getUserTaskKey(),
                      task.getProcessInstanceKey(),
                      task.getBpmnProcessId(),
                      task.getName() == null ? task.getElementId() : task.getName(),
                      task.getCandidateGroups() == null ? List.of() : task.getCandidateGroups(),
                      task.getCreationDate(),
                      task.getCompletionDate(),
                      task.getDueDate(),
                      fact.county(),
                      fact.caseNumber());
                })
            .toList();

    Duration warning = properties.deadlineWarning();
    List<String> departments = new ArrayList<>(options.departments(viewer));
    tasks.stream()
        .flatMap(task -> task.departments().stream())
        .distinct()
        .filter(group -> !departments.contains(group))
        .filter(group -> groups == null || groups.contains(group))
        .sorted()
        .forEach(departments::add);
    List<WorkloadRow> departmentRows =
        departments.stream()
            .map(
                group ->
                    row(
                        group,
                        tasks,
                        task -> task.departments().contains(group),
                        asOf,
                        periodStart,
                        warning))
            .toList();
    List<String> counties = new ArrayList<>(options.counties());
    tasks.stream()
        .map(ReportTask::county)
        .filter(Objects::nonNull)
        .distinct()
        .filter(county -> !counties.contains(county))
        .sorted()
        .forEach(counties::add);
    List<WorkloadRow> countyRows =
        new ArrayList<>(
            counties.stream()
                .map(
                    county ->
                        row(
                            county,
                            tasks,
                            task -> county.equals(task.county()),
                            asOf,
                            periodStart,
                            warning))
                .toList());
    if (tasks.stream().anyMatch(task -> task.county() == null)) {
      countyRows.add(row(null, tasks, task -> task.county() == null, asOf, periodStart, warning));
    }
    WorkloadRow total = row("", tasks, task -> true, asOf, periodStart, warning);
    return new WorkloadReport(
        asOf,
        periodStart,
        weeks,
        total,
        departmentRows,
        countyRows,
        deadlines(tasks, asOf, warning),
        trend(tasks, asOf, weeks),
        truncated);
  }

  private SearchPaging.Items<UserTask> tasks(int limit, Consumer<UserTaskFilter> criteria) {
    return SearchPaging.upTo(
        limit,
        page ->
            client
                .newUserTaskSearchRequest()
                .filter(criteria)
                .sort(sort -> sort.creationDate().asc())
                .page(page)
                .execute());
  }

  private static void narrow(UserTaskFilter filter, String group, String process) {
    if (group != null) {
      filter.candidateGroup(group);
    }
    if (process != null && !process.isBlank()) {
      filter.bpmnProcessId(process);
    }
  }

  private static WorkloadRow row(
      String name,
      List<ReportTask> tasks,
      Predicate<ReportTask> which,
      OffsetDateTime asOf,
      OffsetDateTime periodStart,
      Duration warning) {
    List<ReportTask> mine = tasks.stream().filter(which).toList();
    List<Duration> times =
        mine.stream()
            .filter(task -> task.completedWithin(periodStart, asOf))
            .map(ReportTask::handlingTime)
            .toList();
    return new WorkloadRow(
        name,
        (int) mine.stream().filter(task -> task.openAt(asOf)).count(),
        (int) mine.stream().filter(task -> task.overdueAt(asOf)).count(),
        (int) mine.stream().filter(task -> task.dueSoonAt(asOf, warning)).count(),
        times.size(),
        HandlingTimes.median(times),
        HandlingTimes.percentile90(times));
  }

  /**
   * Open tasks past or near their due date, and deadline variables of their cases that fall within
   * the warning period. A variable's date that has passed is left out: whether that deadline was
   * met, a variable cannot tell (a task's due date can: the task is still open).
   */
  private List<DeadlineRow> deadlines(
      List<ReportTask> tasks, OffsetDateTime asOf, Duration warning) {
    List<DeadlineRow> rows = new ArrayList<>();
    Map<Long, ReportTask> openCases = new LinkedHashMap<>();
    Set<String> taskDeadlines = new HashSet<>();
    for (ReportTask task : tasks) {
      if (!task.openAt(asOf)) {
        continue;
      }
      openCases.putIfAbsent(task.processInstanceKey(), task);
      if (task.due() != null) {
        taskDeadlines.add(task.processInstanceKey() + "@" + task.due().toInstant());
      }
      if (task.overdueAt(asOf) || task.dueSoonAt(asOf, warning)) {
        rows.add(
            new DeadlineRow(
                task.processInstanceKey(),
                task.caseNumber(),
                task.processId(),
                task.name(),
                false,
                task.departments(),
                task.county(),
                task.due(),
                task.overdueAt(asOf)));
      }
    }
    for (Variable variable : deadlineVariables(openCases.keySet())) {
      OffsetDateTime due = moment(variable.getValue());
      if (due == null
          || due.isBefore(asOf)
          || due.isAfter(asOf.plus(warning))
          || taskDeadlines.contains(variable.getProcessInstanceKey() + "@" + due.toInstant())) {
        continue;
      }
      ReportTask task = openCases.get(variable.getProcessInstanceKey());
      rows.add(
          new DeadlineRow(
              variable.getProcessInstanceKey(),
              task.caseNumber(),
              task.processId(),
              variable.getName(),
              true,
              task.departments(),
              task.county(),
              due,
              false));
    }
    rows.sort(Comparator.comparing(DeadlineRow::due));
    return rows;
  }

  private List<Variable> deadlineVariables(Set<Long> processInstanceKeys) {
    List<Variable> variables = new ArrayList<>();
    List<Long> keys = new ArrayList<>(processInstanceKeys);
    for (String pattern : properties.deadlineVariables()) {
      for (List<Long> chunk : SearchPaging.chunks(keys, KEYS_PER_SEARCH)) {
        variables.addAll(
            SearchPaging.upTo(
                    properties.reportTaskLimit(),
                    page ->
                        client
                            .newVariableSearchRequest()
                            .filter(
                                filter ->
                                    filter
                                        .processInstanceKey(key -> key.in(chunk))
                                        .name(name -> name.like(pattern)))
                            .page(page)
                            .execute())
                .items());
      }
    }
    Set<Long> seen = new LinkedHashSet<>();
    return variables.stream()
        .filter(v -> Objects.equals(v.getScopeKey(), v.getProcessInstanceKey()))
        .filter(v -> seen.add(v.getVariableKey()))
        .toList();
  }

  /** An ISO date-time (or date: its end) held as a JSON string; {@code null} otherwise. */
  private OffsetDateTime moment(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || !node.isTextual()) {
        return null;
      }
      String text = node.asText();
      try {
        return OffsetDateTime.parse(text);
      } catch (DateTimeParseException notDateTime) {
        return LocalDate.parse(text)
            .plusDays(1)
            .atStartOfDay(properties.timeZone())
            .toOffsetDateTime();
      }
    } catch (Exception notAMoment) {
      return null;
    }
  }

  private List<WeekRow> trend(List<ReportTask> tasks, OffsetDateTime asOf, int weeks) {
    List<WeekRow> rows = new ArrayList<>();
    for (int i = weeks; i >= 1; i--) {
      OffsetDateTime start = asOf.minusWeeks(i);
      OffsetDateTime end = asOf.minusWeeks(i - 1);
      List<Duration> times =
          tasks.stream()
              .filter(task -> task.completedWithin(start, end))
              .map(ReportTask::handlingTime)
              .toList();
      rows.add(
          new WeekRow(
              start.atZoneSameInstant(properties.timeZone()).toLocalDate(),
              end.minusNanos(1).atZoneSameInstant(properties.timeZone()).toLocalDate(),
              (int)
                  tasks.stream()
                      .filter(
                          task ->
                              task.created() != null
                                  && !task.created().isBefore(start)
                                  && task.created().isBefore(end))
                      .count(),
              times.size(),
              (int) tasks.stream().filter(task -> task.openAt(end)).count(),
              (int) tasks.stream().filter(task -> task.overdueAt(end)).count(),
              HandlingTimes.median(times)));
    }
    return rows;
  }
}
