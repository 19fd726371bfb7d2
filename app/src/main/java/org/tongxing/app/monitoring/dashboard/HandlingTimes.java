package org.tongxing.app.monitoring.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Median and 90th percentile of handling times (a task's creation to its completion). The median of
 * an even count is the mean of the two middle values; the 90th percentile is the nearest rank (the
 * smallest time that at least 90 % of the tasks did not exceed).
 */
public final class HandlingTimes {

  private HandlingTimes() {}

  public static Duration median(List<Duration> times) {
    if (times.isEmpty()) {
      return null;
    }
    List<Duration> sorted = sorted(times);
    int n = sorted.size();
    return n % 2 == 1
        ? sorted.get(n / 2)
        : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
  }

  public static Duration percentile90(List<Duration> times) {
    if (times.isEmpty()) {
      return null;
    }
    List<Duration> sorted = sorted(times);
    int rank = (int) Math.ceil(0.9 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static List<Duration> sorted(List<Duration> times) {
    List<Duration> sorted = new ArrayList<>(times);
    sorted.sort(null);
    return sorted;
  }
}
