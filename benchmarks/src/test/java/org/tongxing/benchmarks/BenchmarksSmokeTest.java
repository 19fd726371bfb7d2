package org.tongxing.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The harness end to end on a tiny in-process scenario: it runs, measures and prints a table. */
class BenchmarksSmokeTest {

  @Test
  void shouldPrintTheMedianOfEachRunNextToItsTarget() {
    // given a hundred instances instead of 50,000
    Settings settings =
        Settings.parse(new String[] {"start-end", "--runs=1", "--warmups=0", "--scale=0.002"});
    ByteArrayOutputStream output = new ByteArrayOutputStream();

    // when
    Benchmarks.run(settings, new PrintStream(output, true, StandardCharsets.UTF_8));

    // then
    String printed = output.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("[start-end] run 1/1: instances/s ");
    assertThat(printed).containsPattern("start-end +instances/s +1 +[0-9,.]+ .*>= 10,000");
    assertThat(printed).doesNotContain("failed");
  }
}
