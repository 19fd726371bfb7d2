package org.tongxing.workers.calendar;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.exception.CamundaError;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Computes a deadline on the working-day calendar (job type {@value #JOB_TYPE}), so that BPMN
 * timers and task due dates read a plain ISO date-time: {@code timeDate="=date and
 * time(handlingDueAt)"}. Nothing here depends on the engine, so the same BPMN runs on a Camunda 8
 * cluster.
 *
 * <p>Reads the local variable {@code deadline} = {from, period} (see {@link ComputeDeadlineInput});
 * {@code from} must be engine time (FEEL {@code now()} in the input mapping), never this JVM's
 * clock, so that tests that pin the engine clock get the deadlines of the pinned day. Completes
 * with {@link ComputeDeadlineOutput}.
 *
 * <p>Input that cannot be computed (a malformed date, an unknown counting) and a year without a
 * holiday schedule fail the job with no retries left: retrying cannot help, the incident says what
 * to fix.
 */
@Component
public class ComputeDeadlineWorker {

  /** Equal to {@code zeebe:taskDefinition type} of the BPMN tasks. */
  public static final String JOB_TYPE = "calendar-compute-deadline";

  private static final Logger LOG = LoggerFactory.getLogger(ComputeDeadlineWorker.class);

  private final DeadlineCalculator calculator;
  private final ZoneId zone;

  @Autowired
  public ComputeDeadlineWorker(DeadlineCalculator calculator, CalendarProperties properties) {
    this(calculator, properties.zone());
  }

  /**
   * @param zone where a start given as a date alone begins
   */
  ComputeDeadlineWorker(DeadlineCalculator calculator, ZoneId zone) {
    this.calculator = calculator;
    this.zone = zone;
  }

  @JobWorker(type = JOB_TYPE)
  public ComputeDeadlineOutput computeDeadline(@VariablesAsType ComputeDeadlineInput input) {
    try {
      ComputeDeadlineInput.Request request = require(input.deadline());
      Deadline deadline = calculator.compute(from(request), request.period());
      if (deadline.syntheticSchedule()) {
        LOG.warn(
            "Deadline of period '{}' ({}) uses a synthetic holiday schedule: replace it with the"
                + " State Council's notice in tongxing.calendar.schedule",
            request.period().stage(),
            deadline.lastDay());
      }
      return ComputeDeadlineOutput.of(deadline, request.period());
    } catch (IllegalArgumentException | IllegalStateException e) {
      // no retries: the same input or the same schedule gives the same failure
      throw CamundaError.jobError(e.getMessage(), null, 0);
    }
  }

  private static ComputeDeadlineInput.Request require(ComputeDeadlineInput.Request request) {
    if (request == null) {
      throw new IllegalArgumentException(
          "Expected a local variable 'deadline' = {from, period} (an input mapping of the task),"
              + " but there is none");
    }
    if (request.period() == null) {
      throw new IllegalArgumentException(
          "Expected deadline.period = {stage, days, counting, ...}, but there is none");
    }
    return request;
  }

  private ZonedDateTime from(ComputeDeadlineInput.Request request) {
    String from = request.from();
    if (from == null || from.isBlank()) {
      throw new IllegalArgumentException(
          "Expected deadline.from of period '%s' to be an ISO date-time, but there is none"
              .formatted(request.period().stage()));
    }
    try {
      return ZonedDateTime.parse(from);
    } catch (DateTimeParseException notZoned) {
      try {
        return OffsetDateTime.parse(from).toZonedDateTime();
      } catch (DateTimeParseException notOffset) {
        try {
          return LocalDate.parse(from).atStartOfDay(zone);
        } catch (DateTimeParseException notDate) {
          throw new IllegalArgumentException(
              ("Expected deadline.from of period '%s' to be an ISO date-time such as"
                      + " 2026-03-02T09:30:00+08:00, but was '%s'")
                  .formatted(request.period().stage(), from));
        }
      }
    }
  }
}
