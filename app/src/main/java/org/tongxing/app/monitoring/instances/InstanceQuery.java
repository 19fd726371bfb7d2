package org.tongxing.app.monitoring.instances;

import io.camunda.client.api.search.enums.ProcessInstanceState;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tongxing.app.monitoring.FieldProblem;
import org.tongxing.app.monitoring.ListPosition;

/**
 * An {@link InstanceCriteria} read and checked: typed values, and a problem per field that cannot
 * be read (the page names each, beside its field).
 */
public record InstanceQuery(
    String process,
    Integer version,
    ProcessInstanceState state,
    OffsetDateTime startedFrom,
    OffsetDateTime startedBefore,
    OffsetDateTime endedFrom,
    OffsetDateTime endedBefore,
    String department,
    String county,
    String caseNumber,
    String applicant,
    String variable,
    String value,
    Boolean incidents,
    String step,
    String error,
    String sort,
    boolean descending,
    ListPosition position,
    List<FieldProblem> problems) {

  public static final Set<String> SORTS =
      Set.of("startDate", "endDate", "processDefinitionId", "state", "processInstanceKey");
  private static final Set<String> STATES = Set.of("ACTIVE", "COMPLETED", "TERMINATED");

  public boolean isValid() {
    return problems.isEmpty();
  }

  public static InstanceQuery read(InstanceCriteria criteria, ZoneId zone) {
    List<FieldProblem> problems = new ArrayList<>();
    Integer version = null;
    if (!InstanceCriteria.blank(criteria.version())) {
      try {
        version = Integer.parseInt(criteria.version().trim());
        if (version < 1) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        problems.add(new FieldProblem("version", "monitoring.error.version", criteria.version()));
      }
    }
    ProcessInstanceState state = null;
    if (!InstanceCriteria.blank(criteria.state())) {
      String name = criteria.state().trim().toUpperCase(Locale.ROOT);
      if (STATES.contains(name)) {
        state = ProcessInstanceState.valueOf(name);
      } else {
        problems.add(new FieldProblem("state", "monitoring.error.state", criteria.state()));
      }
    }
    LocalDate startedFrom = day("startedFrom", criteria.startedFrom(), problems);
    LocalDate startedTo = day("startedTo", criteria.startedTo(), problems);
    LocalDate endedFrom = day("endedFrom", criteria.endedFrom(), problems);
    LocalDate endedTo = day("endedTo", criteria.endedTo(), problems);
    if (startedFrom != null && startedTo != null && startedTo.isBefore(startedFrom)) {
      problems.add(
          new FieldProblem("startedTo", "monitoring.error.dateOrder", criteria.startedTo()));
    }
    if (endedFrom != null && endedTo != null && endedTo.isBefore(endedFrom)) {
      problems.add(new FieldProblem("endedTo", "monitoring.error.dateOrder", criteria.endedTo()));
    }
    String variable = trimmed(criteria.variable());
    String value = trimmed(criteria.value());
    if (variable == null && value != null) {
      problems.add(new FieldProblem("variable", "monitoring.error.variableName", value));
    }
    if (variable != null && value == null) {
      problems.add(new FieldProblem("value", "monitoring.error.variableValue", variable));
    }
    Boolean incidents = null;
    if ("yes".equals(criteria.incidents())) {
      incidents = true;
    } else if ("no".equals(criteria.incidents())) {
      incidents = false;
    }
    String error = trimmed(criteria.error());
    if (error != null && (error.indexOf('*') >= 0 || error.indexOf('?') >= 0)) {
      problems.add(new FieldProblem("error", "monitoring.error.wildcard", error));
    }
    String sort =
        SORTS.contains(criteria.sortOrDefault())
            ? criteria.sortOrDefault()
            : InstanceCriteria.DEFAULT_SORT;
    return new InstanceQuery(
        trimmed(criteria.process()),
        version,
        state,
        startOf(startedFrom, zone),
        startOf(startedTo == null ? null : startedTo.plusDays(1), zone),
        startOf(endedFrom, zone),
        startOf(endedTo == null ? null : endedTo.plusDays(1), zone),
        trimmed(criteria.department()),
        trimmed(criteria.county()),
        trimmed(criteria.caseNumber()),
        trimmed(criteria.applicant()),
        variable,
        value,
        incidents,
        trimmed(criteria.step()),
        error,
        sort,
        criteria.descending(),
        ListPosition.read(criteria.after(), criteria.before(), criteria.page()),
        List.copyOf(problems));
  }

  private static LocalDate day(String field, String text, List<FieldProblem> problems) {
    if (InstanceCriteria.blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "monitoring.error.date", text));
      return null;
    }
  }

  private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
    return day == null ? null : day.atStartOfDay(zone).toOffsetDateTime();
  }

  private static String trimmed(String text) {
    return InstanceCriteria.blank(text) ? null : text.trim();
  }
}
