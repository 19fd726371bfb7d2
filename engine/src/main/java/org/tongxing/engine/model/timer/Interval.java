package org.tongxing.engine.model.timer;

import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * An ISO 8601 duration with calendar and clock parts, such as {@code P1M}, {@code P3D}, {@code
 * PT15M} or {@code P1DT12H}: months and days follow the calendar (a month from 31 January is the
 * end of February), hours and minutes the clock.
 */
public record Interval(Period period, Duration duration) implements Recurrence {

  public static Interval parse(String text) {
    String value = text.strip();
    int timePart = value.indexOf('T');
    try {
      if (timePart < 0) {
        return new Interval(Period.parse(value), Duration.ZERO);
      }
      String datePart = value.substring(0, timePart);
      Period period = datePart.equals("P") ? Period.ZERO : Period.parse(datePart);
      Duration duration = Duration.parse("P" + value.substring(timePart));
      return new Interval(period, duration);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Expected an ISO 8601 duration such as 'PT15M', 'P3D' or 'P1M', but got '" + text + "'");
    }
  }

  public static Interval of(Duration duration) {
    return new Interval(Period.ZERO, duration);
  }

  public ZonedDateTime addTo(ZonedDateTime time) {
    return time.plus(period).plus(duration);
  }

  @Override
  public ZonedDateTime nextAfter(ZonedDateTime time) {
    return addTo(time);
  }

  public boolean isPositive() {
    return !period.isNegative()
        && !duration.isNegative()
        && !(period.isZero() && duration.isZero());
  }

  @Override
  public String toString() {
    if (period.isZero()) {
      return duration.toString();
    }
    return duration.isZero() ? period.toString() : period + duration.toString().substring(1);
  }
}
