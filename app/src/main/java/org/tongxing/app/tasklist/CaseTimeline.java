package org.tongxing.app.tasklist;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.tongxing.app.casehistory.CaseAction;
import org.tongxing.app.casehistory.CaseHistoryEntry;

/**
 * A case's history for people: the case history's entries (who did what, with which opinion)
 * together with the steps the engine completed, oldest first. User tasks appear through the case
 * history (their completion names who decided); the engine adds the automatic steps.
 */
final class CaseTimeline {

  /** The engine's steps worth a line: where the process did work or reached an end. */
  private static final Set<String> ENGINE_STEPS =
      Set.of(
          "START_EVENT",
          "END_EVENT",
          "SERVICE_TASK",
          "BUSINESS_RULE_TASK",
          "SCRIPT_TASK",
          "SEND_TASK",
          "RECEIVE_TASK",
          "CALL_ACTIVITY",
          "INTERMEDIATE_CATCH_EVENT",
          "INTERMEDIATE_THROW_EVENT",
          "USER_TASK");

  private CaseTimeline() {}

  /**
   * @param names the step names of the process model by element id (the search side may not know
   *     them)
   */
  static List<TimelineEntry> of(
      List<CaseHistoryEntry> history,
      List<CompletedStep> steps,
      java.util.function.Function<String, String> names,
      DateTimeDisplay dates) {
    record Dated(OffsetDateTime at, int order, TimelineEntry entry) {}
    List<Dated> dated = new ArrayList<>();
    Set<Long> decidedTasks = new java.util.HashSet<>();
    for (CaseHistoryEntry entry : history) {
      if (entry.taskKey() != null && isDecision(entry.action())) {
        decidedTasks.add(entry.taskKey());
      }
      dated.add(
          new Dated(
              entry.occurredAt(),
              1,
              new TimelineEntry(
                  dates.format(entry.occurredAt()),
                  "history.action." + entry.action().name(),
                  entry.actorName() == null ? entry.actor() : entry.actorName(),
                  entry.elementName(),
                  entry.target(),
                  entry.opinion())));
    }
    for (CompletedStep step : steps) {
      if (step.type() == null || !ENGINE_STEPS.contains(step.type()) || step.endDate() == null) {
        continue;
      }
      // a user task someone decided in the tasklist is already there, with who and why
      if ("USER_TASK".equals(step.type())
          && !decidedTasks.isEmpty()
          && history.stream()
              .anyMatch(
                  entry ->
                      step.elementId().equals(entry.elementId()) && isDecision(entry.action()))) {
        continue;
      }
      dated.add(
          new Dated(
              step.endDate(),
              0,
              new TimelineEntry(
                  dates.format(step.endDate()),
                  "history.step." + step.type(),
                  null,
                  step.elementName() == null || step.elementName().isBlank()
                      ? names.apply(step.elementId())
                      : step.elementName(),
                  null,
                  null)));
    }
    dated.sort(Comparator.comparing(Dated::at).thenComparing(Dated::order));
    return dated.stream().map(Dated::entry).toList();
  }

  private static boolean isDecision(CaseAction action) {
    return action == CaseAction.APPROVED
        || action == CaseAction.REJECTED
        || action == CaseAction.COMPLETED
        || action == CaseAction.RETURNED;
  }
}
