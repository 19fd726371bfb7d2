package org.tongxing.app.monitoring.dashboard;

import java.time.Duration;

/**
 * The workload of one department or county as of the report's moment.
 *
 * @param name the department id or county code ({@code null}: the case names no county)
 * @param dueSoon open tasks due within the warning period
 * @param completed tasks completed within the report's weeks
 * @param median median handling time of those, {@code null} when none
 */
public record WorkloadRow(
    String name, int open, int overdue, int dueSoon, int completed, Duration median, Duration p90) {

  /** Red with anything overdue, amber with anything due soon, green otherwise. */
  public Rag rag() {
    return overdue > 0 ? Rag.RED : dueSoon > 0 ? Rag.AMBER : Rag.GREEN;
  }
}
