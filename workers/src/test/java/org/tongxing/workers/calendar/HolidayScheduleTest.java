package org.tongxing.workers.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled schedule against the State Council's notices, and the checks on any schedule. */
class HolidayScheduleTest {

  @Test
  void shouldHoldThePublishedNoticesFor2025And2026AndAPlaceholderFor2027() {
    // when
    HolidaySchedule schedule = Calendars.bundledSchedule().validated();

    // then
    assertThat(schedule.years())
        .extracting(HolidaySchedule.Year::year, HolidaySchedule.Year::synthetic)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2025, false),
            org.assertj.core.groups.Tuple.tuple(2026, false),
            org.assertj.core.groups.Tuple.tuple(2027, true));
    assertThat(schedule.years().get(0).source()).contains("国办发明电〔2024〕12号");
    assertThat(schedule.years().get(2).source()).startsWith("SYNTHETIC");
  }

  @Test
  void shouldGiveTheSpringFestivalOf2026NineDaysAndTwoSaturdaysWorked() {
    // given 国务院办公厅关于2026年部分节假日安排的通知: 2月15日至23日放假调休，共9天；2月14日、2月28日上班
    HolidaySchedule.Year year = Calendars.bundledSchedule().years().get(1);

    // when
    HolidaySchedule.Holiday springFestival =
        year.holidays().stream().filter(h -> h.name().equals("春节")).findFirst().orElseThrow();

    // then
    assertThat(springFestival.from()).isEqualTo(LocalDate.of(2026, 2, 15));
    assertThat(springFestival.from().datesUntil(springFestival.to().plusDays(1))).hasSize(9);
    assertThat(year.workingDays())
        .filteredOn(day -> day.holiday().equals("春节"))
        .extracting(HolidaySchedule.AdjustedWorkingDay::date)
        .containsExactly(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28))
        .allSatisfy(day -> assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY));
  }

  @Test
  void shouldNameEveryInconsistency() {
    // given a working Monday, a holiday of the wrong year and a gap between years
    HolidaySchedule schedule =
        new HolidaySchedule(
            List.of(
                new HolidaySchedule.Year(
                    2025,
                    "test",
                    false,
                    List.of(
                        new HolidaySchedule.Holiday(
                            "元旦", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1))),
                    List.of(
                        new HolidaySchedule.AdjustedWorkingDay(LocalDate.of(2025, 3, 3), "春节"))),
                new HolidaySchedule.Year(2027, "test", false, List.of(), List.of())));

    // when / then
    assertThatThrownBy(schedule::validated)
        .isInstanceOf(InvalidHolidayScheduleException.class)
        .hasMessageContaining("Expected holiday '元旦' within 2025, but it has 2026-01-01")
        .hasMessageContaining(
            "Expected working day 2025-03-03 (for 春节) to be a Saturday or Sunday, but it is a"
                + " MONDAY")
        .hasMessageContaining("2026 is missing");
  }

  @Test
  void shouldRefuseADayThatIsBothAHolidayAndAWorkingDay() {
    // given
    LocalDate saturday = LocalDate.of(2026, 2, 14);
    HolidaySchedule schedule =
        new HolidaySchedule(
            List.of(
                new HolidaySchedule.Year(
                    2026,
                    "test",
                    false,
                    List.of(new HolidaySchedule.Holiday("春节", saturday, saturday)),
                    List.of(new HolidaySchedule.AdjustedWorkingDay(saturday, "春节")))));

    // when / then
    assertThatThrownBy(schedule::validated)
        .hasMessageContaining(
            "Expected 2026-02-14 to be a working day or a holiday, but it is both");
  }
}
