package org.tongxing.workers.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Computes when a period ends on the {@link WorkingDayCalendar}, the way Chinese law counts:
 *
 * <ul>
 *   <li>the day of the event does not count; the period starts the next day (民法典 第二百零一条);
 *   <li>calendar days: the last day is the start plus the days, moved to the next working day when
 *       it is a day off (第二百零三条);
 *   <li>working days: the last day is the n-th working day after the start;
 *   <li>the period ends at the end of its last day (第二百零三条: 截止时间为二十四时).
 * </ul>
 *
 * <p>Days are local days in the configured zone (Asia/Shanghai by default), whatever the zone of
 * the instant passed in.
 */
public final class DeadlineCalculator {

  private final WorkingDayCalendar calendar;
  private final ZoneId zone;
  private final LocalTime officeOpensAt;
  private final LocalTime endOfDay;

  public DeadlineCalculator(
      WorkingDayCalendar calendar, ZoneId zone, LocalTime officeOpensAt, LocalTime endOfDay) {
    this.calendar = calendar;
    this.zone = zone;
    this.officeOpensAt = officeOpensAt;
    this.endOfDay = endOfDay;
  }

  /**
   * @param from the event the period runs from (registration, acceptance, a reply), in engine time
   * @throws IllegalArgumentException if the period has no days, negative days or an unknown
   *     counting
   * @throws CalendarNotCoveredException if a day needed lies outside the schedule's years
   */
  public Deadline compute(ZonedDateTime from, Period period) {
    if (period.days() == null || period.days() < 0) {
      throw new IllegalArgumentException(
          "Expected the days of period '%s' to be 0 or more, but was %s"
              .formatted(period.stage(), period.days()));
    }
    LocalDate start = from.withZoneSameInstant(zone).toLocalDate();
    LocalDate lastDay =
        switch (Counting.fromCode(period.counting())) {
          case CALENDAR_DAYS -> calendar.lastDayOfCalendarDays(start, period.days());
          case WORKING_DAYS -> calendar.addWorkingDays(start, period.days());
        };
    OffsetDateTime dueAt = lastDay.atTime(endOfDay).atZone(zone).toOffsetDateTime();
    return new Deadline(
        dueAt,
        lastDay,
        remindAt(from, lastDay, period),
        calendar.isSynthetic(start) || calendar.isSynthetic(lastDay));
  }

  private OffsetDateTime remindAt(ZonedDateTime from, LocalDate lastDay, Period period) {
    if (period.reminderDays() == null) {
      return null;
    }
    if (period.reminderDays() < 0) {
      throw new IllegalArgumentException(
          "Expected the reminder days of period '%s' to be 0 or more, but was %d"
              .formatted(period.stage(), period.reminderDays()));
    }
    Counting counting =
        period.reminderCounting() == null
            ? Counting.WORKING_DAYS
            : Counting.fromCode(period.reminderCounting());
    LocalDate day =
        switch (counting) {
          case WORKING_DAYS -> calendar.subtractWorkingDays(lastDay, period.reminderDays());
          // a reminder on a day off reaches nobody: the working day before it
          case CALENDAR_DAYS -> previousWorkingDayFrom(lastDay.minusDays(period.reminderDays()));
        };
    OffsetDateTime remindAt = day.atTime(officeOpensAt).atZone(zone).toOffsetDateTime();
    // a period shorter than its reminder offset: remind at once rather than in the past
    OffsetDateTime start = from.toOffsetDateTime();
    return remindAt.isBefore(start) ? start : remindAt;
  }

  private LocalDate previousWorkingDayFrom(LocalDate day) {
    LocalDate candidate = day;
    while (!calendar.isWorkingDay(candidate)) {
      candidate = candidate.minusDays(1);
    }
    return candidate;
  }
}
