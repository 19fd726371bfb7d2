package org.tongxing.engine.model.timer;

import java.time.ZonedDateTime;
import org.springframework.scheduling.support.CronExpression;

/**
 * A timer cycle given as a cron expression, in the dialect Zeebe uses (Spring's: six fields,
 * seconds first, e.g. {@code 0 0 9 * * MON-FRI} for 9:00 on weekdays; macros such as
 * {@code @daily}). It repeats for ever, in the engine's time zone.
 */
public record CronRecurrence(String expression, CronExpression cron) implements Recurrence {

  /**
   * @throws IllegalArgumentException naming what is wrong with the expression
   */
  public static CronRecurrence parse(String text) {
    try {
      return new CronRecurrence(text.strip(), CronExpression.parse(text.strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Expected a timer cycle such as 'R3/P1D', 'R/PT1H' or a"
              + " cron expression such as '0 0 9 * * MON-FRI', but got '"
              + text.strip()
              + "': "
              + e.getMessage());
    }
  }

  @Override
  public ZonedDateTime nextAfter(ZonedDateTime time) {
    return cron.next(time);
  }

  @Override
  public String toString() {
    return expression;
  }
}
