package org.tongxing.workers.calendar;

import java.util.List;

/** The configured holiday schedule contradicts itself; the app does not start with it. */
public class InvalidHolidayScheduleException extends IllegalStateException {

  public InvalidHolidayScheduleException(List<String> problems) {
    super(
        "The public holiday schedule (tongxing.calendar.schedule) is inconsistent: "
            + String.join("; ", problems));
  }
}
