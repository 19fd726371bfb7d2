package org.tongxing.workers.calendar;

import java.time.LocalDate;

/** Dates as Chinese notices write them. */
public final class ChineseDates {

  private ChineseDates() {}

  /** 2026年5月6日: no leading zeros. */
  public static String format(LocalDate day) {
    return "%d年%d月%d日".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
  }
}
