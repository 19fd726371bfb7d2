package org.tongxing.app.monitoring.dashboard;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A user task as the dashboard counts it.
 *
 * @param completed when it was completed, or {@code null} while open
 * @param county the county of its case, or {@code null} when the case names none
 */
public record ReportTask(
    long key,
    long processInstanceKey,
    String processId,
    String name,
    List<String> departments,
    OffsetDateTime created,
    OffsetDateTime completed,
    OffsetDateTime due,
    String county,
    String caseNumber) {

  /** Open at that moment: created by then and not completed before it. */
  public boolean openAt(OffsetDateTime moment) {
    return created != null
        && !created.isAfter(moment)
        && (completed == null || completed.isAfter(moment));
  }

  public boolean overdueAt(OffsetDateTime moment) {
    return openAt(moment) && due != null && due.isBefore(moment);
  }

  public boolean dueSoonAt(OffsetDateTime moment, Duration warning) {
    return openAt(moment)
        && due != null
        && !due.isBefore(moment)
        && !due.isAfter(moment.plus(warning));
  }

  public boolean completedWithin(OffsetDateTime from, OffsetDateTime to) {
    return completed != null && !completed.isBefore(from) && completed.isBefore(to);
  }

  public Duration handlingTime() {
    return completed == null || created == null ? null : Duration.between(created, completed);
  }
}
