package org.tongxing.workers.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * When a period ends, and when to remind before it does.
 *
 * @param dueAt the end of the last day (23:59:59 local time: 期间的最后一日的截止时间为二十四时, 民法典 第二百零三条), the
 *     instant a timer escalates at
 * @param lastDay the period's last day
 * @param remindAt when to remind the assignee (office opening time), or {@code null}
 * @param syntheticSchedule true if a day of the period lies in a year whose holidays are a
 *     placeholder, not the State Council's notice
 */
public record Deadline(
    OffsetDateTime dueAt, LocalDate lastDay, OffsetDateTime remindAt, boolean syntheticSchedule) {

  /** The last day as Chinese text for notices and forms: 2026年5月6日. */
  public String lastDayText() {
    return ChineseDates.format(lastDay);
  }
}
