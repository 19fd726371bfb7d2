package org.tongxing.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

  /** A scenario that only names its figures: the report never runs it. */
  private static Scenario scenario(String name, Metric... metrics) {
    return new Scenario() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return name;
      }

      @Override
      public List<Metric> metrics() {
        return List.of(metrics);
      }

      @Override
      public Map<String, Double> run() {
        throw new UnsupportedOperationException();
      }
    };
  }

  private static String print(Report report) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    report.print(new PrintStream(output, true, StandardCharsets.UTF_8));
    return output.toString(StandardCharsets.UTF_8);
  }

  @Test
  void shouldJudgeTheMedianAgainstTheTarget() {
    // given three runs whose median is under a ceiling of 50
    Report report = new Report();
    Report.Entry entry = report.begin(scenario("latency", Metric.atMost("p99 ms", 50)));
    entry.add(Map.of("p99 ms", 40.0));
    entry.add(Map.of("p99 ms", 45.0));
    entry.add(Map.of("p99 ms", 90.0));

    // then
    assertThat(report.allMet()).isTrue();
    assertThat(print(report))
        .containsPattern("latency +p99 ms +3 +45\\.0 +40\\.0 +90\\.0 +<= 50\\.0" + " +0\\.90 +met");
  }

  @Test
  void shouldCountAFailedRunAgainstTheScenario() {
    // given one good run and one that ran out of memory
    Report report = new Report();
    Report.Entry entry = report.begin(scenario("memory", Metric.atMost("heap MiB", 1024)));
    entry.add(Map.of("heap MiB", 150.0));
    entry.failRun("OutOfMemoryError: Java heap space");

    // then
    assertThat(report.allMet()).isFalse();
    assertThat(print(report))
        .contains("failed: 1 run(s), first: OutOfMemoryError: Java heap space");
  }
}
