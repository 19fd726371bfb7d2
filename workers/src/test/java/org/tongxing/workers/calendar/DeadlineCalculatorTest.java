package org.tongxing.workers.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Deadlines as Chinese law counts them, on the bundled schedule. */
class DeadlineCalculatorTest {

  private final DeadlineCalculator calculator = Calendars.bundledCalculator();

  @Test
  void shouldEndSixtyDaysAfterAcceptanceAfterTheLabourDayHoliday() {
    // given accepted on Monday 2026-03-02; day 60 is 05-01, a day of 劳动节 (05-01 to 05-05)
    ZonedDateTime accepted = ZonedDateTime.parse("2026-03-02T10:15:00+08:00[Asia/Shanghai]");

    // when
    Deadline deadline =
        calculator.compute(
            accepted,
            new Period("handling", "办理", 60, "calendar-days", 10, "working-days", "第三十三条"));

    // then
    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 5, 6));
    assertThat(deadline.dueAt()).isEqualTo(OffsetDateTime.parse("2026-05-06T23:59:59+08:00"));
    assertThat(deadline.lastDayText()).isEqualTo("2026年5月6日");
    assertThat(deadline.remindAt()).isEqualTo(OffsetDateTime.parse("2026-04-17T09:00:00+08:00"));
    assertThat(deadline.syntheticSchedule()).isFalse();
  }

  @Test
  void shouldCountLocalDaysWhateverTheZoneOfTheStart() {
    // given 2026-03-01T17:00Z is already 03-02 01:00 in Shanghai
    ZonedDateTime utc = ZonedDateTime.parse("2026-03-01T17:00:00Z");

    // when
    Deadline deadline =
        calculator.compute(
            utc, new Period("acceptance", "受理", 15, "calendar-days", null, null, ""));

    // then 03-02 + 15 = 03-17
    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 3, 17));
    assertThat(deadline.remindAt()).isNull();
  }

  @Test
  void shouldCountFiveWorkingDaysOverTheNationalDayHoliday() {
    // given assigned on Tuesday 2026-09-29
    ZonedDateTime assigned = ZonedDateTime.parse("2026-09-29T16:00:00+08:00");

    // when
    Deadline deadline =
        calculator.compute(
            assigned, new Period("objection", "异议", 5, "working-days", null, null, "第二十三条"));

    // then 09-30, 10-08, 10-09, 10-10 (Saturday worked), 10-12
    assertThat(deadline.dueAt()).isEqualTo(OffsetDateTime.parse("2026-10-12T23:59:59+08:00"));
  }

  @Test
  void shouldRemindOnTheWorkingDayBeforeADayOffWhenCountingCalendarDays() {
    // given 15 days from Wednesday 2026-03-04 end on Thursday 03-19; 5 days before is Saturday
    ZonedDateTime received = ZonedDateTime.parse("2026-03-04T09:00:00+08:00");

    // when
    Deadline deadline =
        calculator.compute(
            received,
            new Period("acceptance", "受理", 15, "calendar-days", 5, "calendar-days", "第二十二条"));

    // then
    assertThat(deadline.remindAt()).isEqualTo(OffsetDateTime.parse("2026-03-13T09:00:00+08:00"));
  }

  @Test
  void shouldRemindAtOnceWhenThePeriodIsShorterThanItsReminder() {
    // given
    ZonedDateTime from = ZonedDateTime.parse("2026-03-04T15:30:00+08:00");

    // when
    Deadline deadline =
        calculator.compute(
            from, new Period("short", "短期", 1, "working-days", 5, "working-days", ""));

    // then
    assertThat(deadline.remindAt()).isEqualTo(from.toOffsetDateTime());
  }

  @Test
  void shouldExtendFromTheEndOfThePeriod() {
    // given the handling period ended at 2026-05-06T23:59:59; extended by 30 days
    ZonedDateTime previousEnd = ZonedDateTime.parse("2026-05-06T23:59:59+08:00");

    // when
    Deadline deadline =
        calculator.compute(
            previousEnd,
            new Period("extension", "延期", 30, "calendar-days", 10, "working-days", "第三十三条"));

    // then
    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 6, 5));
  }

  @Test
  void shouldSayWhenThePlaceholderYearWasUsed() {
    // when: 60 days from 2026-12-20 end in 2027
    Deadline deadline =
        calculator.compute(
            ZonedDateTime.parse("2026-12-20T10:00:00+08:00"),
            new Period("handling", "办理", 60, "calendar-days", null, null, ""));

    // then
    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2027, 2, 18));
    assertThat(deadline.syntheticSchedule()).isTrue();
  }

  @Test
  void shouldRefuseAnUnknownCounting() {
    // when / then
    assertThatThrownBy(
            () ->
                calculator.compute(
                    ZonedDateTime.parse("2026-03-04T09:00:00+08:00"),
                    new Period("acceptance", "受理", 15, "business-days", null, null, "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Expected counting to be one of [calendar-days, working-days], but was"
                + " 'business-days'");
  }

  @Test
  void shouldRefuseNegativeDays() {
    // when / then
    assertThatThrownBy(
            () ->
                calculator.compute(
                    ZonedDateTime.parse("2026-03-04T09:00:00+08:00"),
                    new Period("acceptance", "受理", -1, "calendar-days", null, null, "")))
        .hasMessage("Expected the days of period 'acceptance' to be 0 or more, but was -1");
  }
}
