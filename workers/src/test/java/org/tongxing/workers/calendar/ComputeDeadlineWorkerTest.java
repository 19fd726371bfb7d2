package org.tongxing.workers.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.camunda.client.exception.JobError;
import org.junit.jupiter.api.Test;

/** The worker's variables in and out, and its failures. */
class ComputeDeadlineWorkerTest {

  private static final Period ACCEPTANCE =
      new Period("acceptance", "受理", 15, "calendar-days", 3, "working-days", "第二十二条");

  private final ComputeDeadlineWorker worker =
      new ComputeDeadlineWorker(Calendars.bundledCalculator(), Calendars.SHANGHAI);

  @Test
  void shouldReadFeelsNowAsTheEngineWritesIt() {
    // given FEEL now() as a variable: ZonedDateTime.toString, seconds left out when zero
    var input =
        new ComputeDeadlineInput(
            new ComputeDeadlineInput.Request("2026-02-01T10:15+08:00[Asia/Shanghai]", ACCEPTANCE));

    // when
    ComputeDeadlineOutput output = worker.computeDeadline(input);

    // then 02-16 falls in 春节 (02-15 to 02-23): the last day is 02-24
    assertThat(output.dueAt()).isEqualTo("2026-02-24T23:59:59+08:00");
    assertThat(output.dueOn()).isEqualTo("2026-02-24");
    assertThat(output.dueOnText()).isEqualTo("2026年2月24日");
    // three working days before 02-24: 02-14 (调休 Saturday), 02-13, 02-12
    assertThat(output.remindAt()).isEqualTo("2026-02-12T09:00:00+08:00");
    assertThat(output.periodText()).isEqualTo("15日");
    assertThat(output.syntheticSchedule()).isFalse();
  }

  @Test
  void shouldReadADateAloneAsItsFirstMoment() {
    // when
    ComputeDeadlineOutput output =
        worker.computeDeadline(
            new ComputeDeadlineInput(new ComputeDeadlineInput.Request("2026-03-02", ACCEPTANCE)));

    // then
    assertThat(output.dueOn()).isEqualTo("2026-03-17");
  }

  @Test
  void shouldRaiseAnIncidentAtOnceForAMalformedStart() {
    // when
    JobError error =
        catchThrowableOfType(
            JobError.class,
            () ->
                worker.computeDeadline(
                    new ComputeDeadlineInput(
                        new ComputeDeadlineInput.Request("2.3.2026", ACCEPTANCE))));

    // then
    assertThat(error.getRetries()).isZero();
    assertThat(error.getMessage())
        .isEqualTo(
            "Expected deadline.from of period 'acceptance' to be an ISO date-time such as"
                + " 2026-03-02T09:30:00+08:00, but was '2.3.2026'");
  }

  @Test
  void shouldRaiseAnIncidentAtOnceForAYearWithoutASchedule() {
    // when
    JobError error =
        catchThrowableOfType(
            JobError.class,
            () ->
                worker.computeDeadline(
                    new ComputeDeadlineInput(
                        new ComputeDeadlineInput.Request(
                            "2027-12-20T10:00:00+08:00", ACCEPTANCE))));

    // then
    assertThat(error.getRetries()).isZero();
    assertThat(error.getMessage()).contains("2028-01-04", "add the State Council's schedule");
  }

  @Test
  void shouldNameTheMissingVariable() {
    // when
    JobError error =
        catchThrowableOfType(
            JobError.class, () -> worker.computeDeadline(new ComputeDeadlineInput(null)));

    // then
    assertThat(error.getMessage()).startsWith("Expected a local variable 'deadline'");
  }
}
