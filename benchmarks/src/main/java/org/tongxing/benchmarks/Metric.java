package org.tongxing.benchmarks;

/**
 * A figure a scenario reports once per run, and the target issue #3 holds it to (if any).
 *
 * @param name what is measured, with its unit ("instances/s", "p99 ms")
 * @param bound whether the target is a floor, a ceiling or absent
 * @param target the target's value (ignored for {@link Bound#NONE})
 */
public record Metric(String name, Bound bound, double target) {

  public enum Bound {
    AT_LEAST,
    AT_MOST,
    NONE
  }

  public static Metric atLeast(String name, double target) {
    return new Metric(name, Bound.AT_LEAST, target);
  }

  public static Metric atMost(String name, double target) {
    return new Metric(name, Bound.AT_MOST, target);
  }

  /** Reported for context (a breakdown, a by-product), held to no target. */
  public static Metric info(String name) {
    return new Metric(name, Bound.NONE, Double.NaN);
  }

  public boolean hasTarget() {
    return bound != Bound.NONE;
  }

  public boolean isMetBy(double value) {
    return switch (bound) {
      case AT_LEAST -> value >= target;
      case AT_MOST -> value <= target;
      case NONE -> true;
    };
  }
}
