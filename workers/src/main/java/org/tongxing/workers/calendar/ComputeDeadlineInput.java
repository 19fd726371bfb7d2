package org.tongxing.workers.calendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The variables the {@link ComputeDeadlineWorker} reads: one local variable {@code deadline}, set
 * by the task's input mapping.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComputeDeadlineInput(Request deadline) {

  /**
   * @param from when the period starts running, in engine time: FEEL {@code now()} or an earlier
   *     deadline's {@code dueAt} (an ISO date-time; a date alone means its first moment)
   * @param period the period, as a row of a period table
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Request(String from, Period period) {}
}
