package org.tongxing.workers.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days of the bundled schedule: weekends, holidays and 调休 Saturdays and Sundays. */
class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = Calendars.bundledCalendar();

  @ParameterizedTest(name = "{0} is a working day: {1}")
  @CsvSource({
    "2026-03-02, true", // an ordinary Monday
    "2026-03-07, false", // an ordinary Saturday
    "2026-01-02, false", // 元旦 on a Friday
    "2026-01-04, true", // Sunday worked for 元旦
    "2026-02-14, true", // Saturday worked before 春节
    "2026-02-16, false", // 春节 on a Monday
    "2026-02-23, false", // last day of 春节, a Monday
    "2026-02-24, true",
    "2026-02-28, true", // Saturday worked after 春节
    "2026-05-05, false", // 劳动节 on a Tuesday
    "2026-05-09, true", // Saturday worked for 劳动节
    "2026-09-20, true", // Sunday worked before 国庆节
    "2026-09-25, false", // 中秋节 on a Friday
    "2026-10-07, false",
    "2026-10-10, true", // Saturday worked after 国庆节
    "2025-10-08, false", // 国庆节、中秋节 2025: eight days
    "2025-10-11, true"
  })
  void shouldKnowTheStateCouncilsSchedule(LocalDate day, boolean working) {
    // when / then
    assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
  }

  @Test
  void shouldNotCountTheStartDayAndSkipHolidaysWhenAddingWorkingDays() {
    // given a Tuesday before 国庆节 2026 (10-01 to 10-07), with Saturday 10-10 worked
    LocalDate received = LocalDate.of(2026, 9, 29);

    // when
    LocalDate fifth = calendar.addWorkingDays(received, 5);

    // then 09-30, 10-08, 10-09, 10-10 (调休), 10-12
    assertThat(fifth).isEqualTo(LocalDate.of(2026, 10, 12));
  }

  @Test
  void shouldCountTheSaturdayWorkedBeforeTheSpringFestival() {
    // when: from Thursday 2026-02-12 (春节 02-15 to 02-23; Saturday 02-14 worked)
    LocalDate fifth = calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 5);

    // then 02-13, 02-14, 02-24, 02-25, 02-26
    assertThat(fifth).isEqualTo(LocalDate.of(2026, 2, 26));
  }

  @Test
  void shouldMoveTheLastDayOfCalendarDaysPastAHoliday() {
    // when: 15 days from Sunday 2026-02-01 end on 02-16, a day of 春节
    LocalDate last = calendar.lastDayOfCalendarDays(LocalDate.of(2026, 2, 1), 15);

    // then the first working day after 春节
    assertThat(last).isEqualTo(LocalDate.of(2026, 2, 24));
  }

  @Test
  void shouldMoveTheLastDayOfCalendarDaysPastAWeekend() {
    // when: 15 days from Thursday 2026-03-05 end on Friday 03-20; from Friday 03-06 on Saturday
    LocalDate onFriday = calendar.lastDayOfCalendarDays(LocalDate.of(2026, 3, 5), 15);
    LocalDate onSaturday = calendar.lastDayOfCalendarDays(LocalDate.of(2026, 3, 6), 15);

    // then
    assertThat(onFriday).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(onSaturday).isEqualTo(LocalDate.of(2026, 3, 23));
  }

  @Test
  void shouldSubtractWorkingDaysOverAHoliday() {
    // when: 10 working days before Wednesday 2026-05-06 (劳动节 05-01 to 05-05)
    LocalDate reminder = calendar.subtractWorkingDays(LocalDate.of(2026, 5, 6), 10);

    // then 04-30, 29, 28, 27, 24, 23, 22, 21, 20, 17
    assertThat(reminder).isEqualTo(LocalDate.of(2026, 4, 17));
  }

  @Test
  void shouldRefuseADayOfAYearWithoutASchedule() {
    // when / then
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2028, 1, 4)))
        .isInstanceOf(CalendarNotCoveredException.class)
        .hasMessageContaining("2028-01-04")
        .hasMessageContaining("2025 to 2027")
        .hasMessageContaining("add the State Council's schedule for 2028");
  }

  @Test
  void shouldMarkThePlaceholderYear() {
    // when / then
    assertThat(calendar.isSynthetic(LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(calendar.isSynthetic(LocalDate.of(2027, 1, 4))).isTrue();
  }
}
