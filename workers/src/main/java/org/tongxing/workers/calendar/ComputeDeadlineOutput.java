package org.tongxing.workers.calendar;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The variables the {@link ComputeDeadlineWorker} completes its job with; the BPMN task maps them
 * to names of its own (for example {@code handlingDueAt}).
 *
 * @param dueAt when the period ends, ISO date-time with offset (for timers and task due dates)
 * @param dueOn the last day, ISO date
 * @param dueOnText the last day in Chinese, for notices: 2026年5月6日
 * @param remindAt when to remind the assignee, ISO date-time with offset, or {@code null}
 * @param periodText the period as the regulation writes it: 60日, 5个工作日
 * @param syntheticSchedule whether a placeholder year's holidays were used
 */
public record ComputeDeadlineOutput(
    String dueAt,
    String dueOn,
    String dueOnText,
    String remindAt,
    String periodText,
    boolean syntheticSchedule) {

  static ComputeDeadlineOutput of(Deadline deadline, Period period) {
    return new ComputeDeadlineOutput(
        format(deadline.dueAt()),
        deadline.lastDay().toString(),
        deadline.lastDayText(),
        deadline.remindAt() == null ? null : format(deadline.remindAt()),
        period.days() + Counting.fromCode(period.counting()).chineseUnit(),
        deadline.syntheticSchedule());
  }

  /** Always with seconds: FEEL's {@code date and time()} wants them, toString drops zero ones. */
  private static String format(OffsetDateTime dateTime) {
    return dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
