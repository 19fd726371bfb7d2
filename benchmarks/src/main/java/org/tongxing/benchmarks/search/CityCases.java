package org.tongxing.benchmarks.search;

import java.time.Duration;
import java.util.List;

/**
 * The cases of the search benchmarks, numbered from 0: each one user task of one of ten
 * departments, in one of twelve counties, the cases starting over two years as they would in the
 * city, each closed three days after it opened.
 */
final class CityCases implements CaseSeeding.Cases {

  static final long FIRST_DAY = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
  static final long DAY = Duration.ofDays(1).toMillis();
  private static final int DAYS = 730;

  static final List<String> DEPARTMENTS =
      List.of(
          "dpf",
          "hrss",
          "civil-affairs",
          "finance",
          "health",
          "education",
          "market-regulation",
          "tax",
          "petitions",
          "justice");
  static final List<String> COUNTIES =
      List.of(
          "lucheng",
          "longwan",
          "ouhai",
          "dongtou",
          "ruian",
          "yueqing",
          "longgang",
          "yongjia",
          "pingyang",
          "cangnan",
          "wencheng",
          "taishun");

  private final int perDay;
  private final int first;

  /** {@code total} cases spread over the two years. */
  CityCases(int total) {
    this(Math.max(1, total / DAYS), 0);
  }

  private CityCases(int perDay, int first) {
    this.perDay = perDay;
    this.first = first;
  }

  /** The same cases, numbered from case {@code n} of these. */
  CityCases from(int n) {
    return new CityCases(perDay, first + n);
  }

  /** The day case {@code n} starts on, counted from the first. */
  long day(int n) {
    return (first + n) / perDay;
  }

  /** When case {@code n} starts: its day, the day's cases spread over it. */
  @Override
  public long start(int n) {
    return FIRST_DAY + day(n) * DAY + ((first + n) % perDay) * (DAY / perDay);
  }

  @Override
  public long end(int n) {
    return start(n) + Duration.ofDays(3).toMillis();
  }

  @Override
  public String applicationId(int n) {
    return "JY-" + (first + n);
  }

  @Override
  public String county(int n) {
    return COUNTIES.get((first + n) % COUNTIES.size());
  }

  @Override
  public String department(int n) {
    return DEPARTMENTS.get((first + n) % DEPARTMENTS.size());
  }
}
