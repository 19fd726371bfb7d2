package org.tongxing.benchmarks;

import java.util.Arrays;
import java.util.Collection;

/** Medians and percentiles; the machines are noisy, so every figure is a median of runs. */
public final class Stats {

  private Stats() {}

  public static double median(Collection<Double> values) {
    return percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), 50);
  }

  /**
   * The nearest-rank percentile ({@code p} in 0..100): the smallest sample that at least p % of the
   * samples do not exceed. For an even count the median is the mean of the middle two, as usual.
   */
  public static double percentile(double[] samples, double p) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("Expected samples to take a percentile of, but got none");
    }
    if (p < 0 || p > 100) {
      throw new IllegalArgumentException("Expected a percentile in 0..100, but got " + p);
    }
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    if (p == 50 && sorted.length % 2 == 0) {
      return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  public static double min(Collection<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  public static double max(Collection<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }
}
