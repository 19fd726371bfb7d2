package org.tongxing.engine.model.timer;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.tongxing.engine.model.executable.EventDefinition.TimerKind;

/**
 * When a timer fires, and how often it repeats: parsed from a timer's date (ISO 8601 date-time with
 * offset), duration ({@code PT15M}) or cycle ({@code R3/P1D}, {@code R/PT1H}, {@code
 * R2/2026-03-01T09:00:00+08:00/P1D}, or a cron expression such as {@code 0 0 9 * * MON-FRI}).
 *
 * @param dueDate when the timer fires next (epoch ms)
 * @param repetitions how many times it fires after this one: 0 for a one-off timer, -1 for ever
 * @param interval how it repeats, or null for a one-off timer
 */
public record TimerSchedule(long dueDate, int repetitions, Recurrence interval) {

  /**
   * Reads a timer expression's value (text, or a FEEL date-time or duration) relative to now.
   *
   * @throws IllegalArgumentException naming what is wrong with the value
   */
  public static TimerSchedule parse(TimerKind kind, Object value, long now, ZoneId zone) {
    ZonedDateTime start = ZonedDateTime.ofInstant(Instant.ofEpochMilli(now), zone);
    return switch (kind) {
      case DATE -> new TimerSchedule(dateTime(value).toInstant().toEpochMilli(), 0, null);
      case DURATION -> {
        Interval interval = interval(value);
        yield new TimerSchedule(interval.addTo(start).toInstant().toEpochMilli(), 0, null);
      }
      case CYCLE -> cycle(value, start);
    };
  }

  /** The schedule after this one fired, or null when it does not repeat any more. */
  public TimerSchedule next(ZoneId zone) {
    if (interval == null || repetitions == 0) {
      return null;
    }
    ZonedDateTime due = ZonedDateTime.ofInstant(Instant.ofEpochMilli(dueDate), zone);
    ZonedDateTime next = interval.nextAfter(due);
    if (next == null) {
      return null;
    }
    return new TimerSchedule(
        next.toInstant().toEpochMilli(), repetitions < 0 ? -1 : repetitions - 1, interval);
  }

  private static TimerSchedule cycle(Object value, ZonedDateTime now) {
    if (value instanceof Duration duration) {
      // a FEEL duration as a cycle repeats for ever (as Zeebe does)
      Interval interval = Interval.of(duration);
      return new TimerSchedule(interval.addTo(now).toInstant().toEpochMilli(), -1, interval);
    }
    String text = String.valueOf(value).strip();
    if (!text.startsWith("R")) {
      CronRecurrence cron = CronRecurrence.parse(text);
      ZonedDateTime first = cron.nextAfter(now);
      if (first == null) {
        throw new IllegalArgumentException(
            "Expected cron expression '" + text + "' to match a time after now, but it never does");
      }
      return new TimerSchedule(first.toInstant().toEpochMilli(), -1, cron);
    }
    String[] parts = text.split("/");
    if (parts.length < 2 || parts.length > 3) {
      throw new IllegalArgumentException(
          "Expected a timer cycle such as 'R3/P1D' or 'R/PT1H', but got '" + text + "'");
    }
    int repetitions;
    try {
      repetitions = parts[0].length() == 1 ? -1 : Integer.parseInt(parts[0].substring(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Expected the repetitions of timer cycle '" + text + "' to be a number, as in 'R3/P1D'");
    }
    Interval interval = Interval.parse(parts[parts.length - 1]);
    if (!interval.isPositive()) {
      throw new IllegalArgumentException(
          "Expected the interval of timer cycle '" + text + "' to be positive");
    }
    ZonedDateTime first = parts.length == 3 ? dateTime(parts[1]) : interval.addTo(now);
    // the first firing counts as one repetition
    return new TimerSchedule(
        first.toInstant().toEpochMilli(),
        repetitions < 0 ? -1 : Math.max(0, repetitions - 1),
        interval);
  }

  private static ZonedDateTime dateTime(Object value) {
    if (value instanceof ZonedDateTime dateTime) {
      return dateTime;
    }
    if (value instanceof java.time.OffsetDateTime dateTime) {
      return dateTime.toZonedDateTime();
    }
    String text = String.valueOf(value).strip();
    try {
      return ZonedDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Expected a timer date-time with offset such as"
              + " '2026-03-01T09:00:00+08:00', but got '"
              + text
              + "'");
    }
  }

  private static Interval interval(Object value) {
    if (value instanceof Duration duration) {
      return Interval.of(duration);
    }
    if (value instanceof Period period) {
      return new Interval(period, Duration.ZERO);
    }
    return Interval.parse(String.valueOf(value));
  }
}
