package org.tongxing.workers.calendar;

import java.time.LocalDate;

/**
 * A deadline needs a day of a year that the holiday schedule does not have. Retrying does not help:
 * the year's schedule has to be configured (it is published each November).
 */
public class CalendarNotCoveredException extends IllegalStateException {

  public CalendarNotCoveredException(LocalDate day, int firstYear, int lastYear) {
    super(
        ("Expected the public holiday schedule (tongxing.calendar.schedule) to cover %s, but it"
                + " has the years %d to %d only: add the State Council's schedule for %d")
            .formatted(day, firstYear, lastYear, day.getYear()));
  }
}
