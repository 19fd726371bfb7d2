package org.tongxing.workers.reminders;

import java.util.List;

/**
 * What the {@link RemindAssigneesWorker} completes with: the variable {@code lastReminder}, a
 * record of the reminder in the case.
 */
public record RemindAssigneesOutput(LastReminder lastReminder) {

  /**
   * @param remindedTaskKeys the user tasks whose priority was raised; empty when none was open
   * @param candidateGroups the groups those tasks are offered to
   * @param priority the priority they have now
   */
  public record LastReminder(
      List<String> elementIds,
      String stage,
      String dueAt,
      String remindedAt,
      String clause,
      List<Long> remindedTaskKeys,
      List<String> candidateGroups,
      int priority) {}
}
