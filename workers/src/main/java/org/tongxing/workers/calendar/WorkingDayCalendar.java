package org.tongxing.workers.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which days are working days in mainland China, from a {@link HolidaySchedule}: Monday to Friday
 * unless a public holiday, plus the weekend days worked in exchange (调休上班).
 *
 * <p>Every question about a day outside the schedule's years throws {@link
 * CalendarNotCoveredException}: a guess would silently move legal deadlines.
 */
public final class WorkingDayCalendar {

  private final Set<LocalDate> holidays = new HashSet<>();
  private final Set<LocalDate> workingWeekendDays = new HashSet<>();
  private final Map<Integer, HolidaySchedule.Year> years = new HashMap<>();
  private final int firstYear;
  private final int lastYear;

  public WorkingDayCalendar(HolidaySchedule schedule) {
    schedule.validated();
    for (HolidaySchedule.Year year : schedule.years()) {
      years.put(year.year(), year);
      for (HolidaySchedule.Holiday holiday : year.holidays()) {
        holiday.from().datesUntil(holiday.to().plusDays(1)).forEach(holidays::add);
      }
      year.workingDays().forEach(day -> workingWeekendDays.add(day.date()));
    }
    this.firstYear = years.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
    this.lastYear = years.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
  }

  public boolean isWorkingDay(LocalDate day) {
    covered(day);
    if (holidays.contains(day)) {
      return false;
    }
    return !HolidaySchedule.isWeekend(day) || workingWeekendDays.contains(day);
  }

  /** Whether the day's year comes from a placeholder rather than the State Council's notice. */
  public boolean isSynthetic(LocalDate day) {
    return covered(day).synthetic();
  }

  /**
   * The {@code count}-th working day after {@code start}; {@code start} itself does not count (民法典
   * 第二百零一条: 开始的当日不计入). Zero gives {@code start}.
   */
  public LocalDate addWorkingDays(LocalDate start, int count) {
    LocalDate day = start;
    for (int counted = 0; counted < count; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The {@code count}-th working day before {@code end}, {@code end} not counted. Zero gives {@code
   * end}.
   */
  public LocalDate subtractWorkingDays(LocalDate end, int count) {
    LocalDate day = end;
    for (int counted = 0; counted < count; ) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The last day of a period of {@code count} days that starts after {@code start} (民法典 第二百零一条):
   * {@code start + count}, moved to the next working day when that is a day off (第二百零三条:
   * 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日; a weekend counts as a day off unless it is worked in
   * exchange).
   */
  public LocalDate lastDayOfCalendarDays(LocalDate start, int count) {
    return nextWorkingDayFrom(start.plusDays(count));
  }

  /** {@code day} if it is a working day, else the first working day after it. */
  public LocalDate nextWorkingDayFrom(LocalDate day) {
    LocalDate candidate = day;
    while (!isWorkingDay(candidate)) {
      candidate = candidate.plusDays(1);
    }
    return candidate;
  }

  public int firstYear() {
    return firstYear;
  }

  public int lastYear() {
    return lastYear;
  }

  private HolidaySchedule.Year covered(LocalDate day) {
    HolidaySchedule.Year year = years.get(day.getYear());
    if (year == null) {
      throw new CalendarNotCoveredException(day, firstYear, lastYear);
    }
    return year;
  }
}
