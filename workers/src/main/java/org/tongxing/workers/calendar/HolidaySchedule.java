package org.tongxing.workers.calendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The State Council's yearly schedule of public holidays and adjusted working days (放假调休), as
 * configured in {@code tongxing.calendar.schedule}. {@link #validated()} checks that the data is
 * consistent before a calendar is built from it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HolidaySchedule(List<Year> years) {

  /**
   * One year's schedule.
   *
   * @param source the notice it comes from (国务院办公厅关于…年部分节假日安排的通知)
   * @param synthetic true for a placeholder made before the notice was published
   * @param holidays days off whatever the weekday, each a range of days
   * @param workingDays weekend days that are working days (调休上班)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Year(
      int year,
      String source,
      boolean synthetic,
      List<Holiday> holidays,
      List<AdjustedWorkingDay> workingDays) {

    public Year {
      holidays = holidays == null ? List.of() : List.copyOf(holidays);
      workingDays = workingDays == null ? List.of() : List.copyOf(workingDays);
    }
  }

  /** Days off from {@code from} to {@code to}, both included. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Holiday(String name, LocalDate from, LocalDate to) {}

  /** A Saturday or Sunday worked in exchange for a day off around {@code holiday}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record AdjustedWorkingDay(LocalDate date, String holiday) {}

  public HolidaySchedule {
    years = years == null ? List.of() : List.copyOf(years);
  }

  /**
   * @return this schedule
   * @throws InvalidHolidayScheduleException naming every inconsistency: a year twice, a gap between
   *     years, a day outside its year, a holiday that ends before it starts, a working day that is
   *     not a weekend day or that is also a holiday
   */
  public HolidaySchedule validated() {
    List<String> problems = new ArrayList<>();
    if (years.isEmpty()) {
      problems.add("Expected at least one year, but the schedule has none");
    }
    Set<Integer> seen = new HashSet<>();
    for (Year year : years) {
      if (!seen.add(year.year())) {
        problems.add("Expected each year once, but %d appears twice".formatted(year.year()));
      }
      if (year.source() == null || year.source().isBlank()) {
        problems.add("Expected the source of year %d, but it has none".formatted(year.year()));
      }
      validate(year, problems);
    }
    int first = years.stream().mapToInt(Year::year).min().orElse(0);
    int last = years.stream().mapToInt(Year::year).max().orElse(0);
    for (int year = first; year <= last; year++) {
      if (!seen.contains(year)) {
        problems.add(
            "Expected the years %d to %d without a gap, but %d is missing"
                .formatted(first, last, year));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidHolidayScheduleException(problems);
    }
    return this;
  }

  private static void validate(Year year, List<String> problems) {
    Set<LocalDate> daysOff = new HashSet<>();
    for (Holiday holiday : year.holidays()) {
      if (holiday.from() == null || holiday.to() == null) {
        problems.add(
            "Expected from and to of holiday '%s' in %d, but one is missing"
                .formatted(holiday.name(), year.year()));
        continue;
      }
      if (holiday.to().isBefore(holiday.from())) {
        problems.add(
            "Expected holiday '%s' to end on or after %s, but it ends on %s"
                .formatted(holiday.name(), holiday.from(), holiday.to()));
      }
      for (LocalDate day : List.of(holiday.from(), holiday.to())) {
        if (day.getYear() != year.year()) {
          problems.add(
              "Expected holiday '%s' within %d, but it has %s"
                  .formatted(holiday.name(), year.year(), day));
        }
      }
      holiday.from().datesUntil(holiday.to().plusDays(1)).forEach(daysOff::add);
    }
    for (AdjustedWorkingDay working : year.workingDays()) {
      LocalDate day = working.date();
      if (day == null) {
        problems.add("Expected the date of every working day in %d".formatted(year.year()));
        continue;
      }
      if (day.getYear() != year.year()) {
        problems.add(
            "Expected working day %s within %d, but it is not".formatted(day, year.year()));
      }
      if (!isWeekend(day)) {
        problems.add(
            "Expected working day %s (for %s) to be a Saturday or Sunday, but it is a %s"
                .formatted(day, working.holiday(), day.getDayOfWeek()));
      }
      if (daysOff.contains(day)) {
        problems.add("Expected %s to be a working day or a holiday, but it is both".formatted(day));
      }
    }
  }

  static boolean isWeekend(LocalDate day) {
    DayOfWeek weekday = Objects.requireNonNull(day).getDayOfWeek();
    return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
  }
}
