package org.tongxing.engine.model.timer;

import java.time.ZonedDateTime;

/** How a timer cycle repeats: by an ISO 8601 interval, or by a cron expression. */
public sealed interface Recurrence permits Interval, CronRecurrence {

  /** When it fires next after the given time; null when it never does. */
  ZonedDateTime nextAfter(ZonedDateTime time);

  /** Reads the text a timer record keeps: an ISO 8601 interval ({@code P…}) or a cron. */
  static Recurrence parse(String text) {
    String value = text.strip();
    return value.startsWith("P") ? Interval.parse(value) : CronRecurrence.parse(value);
  }
}
