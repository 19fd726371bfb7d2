package org.tongxing.workers.rehabilitation;

import java.time.LocalDate;

/**
 * Dates in process variables are ISO strings ({@code 2026-07-01}), which FEEL's {@code date()}
 * reads and which need no date support in the client's JSON mapper.
 */
public final class IsoDates {

  private IsoDates() {}

  /** The date as {@code yyyy-MM-dd}, or {@code null}. */
  public static String format(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
