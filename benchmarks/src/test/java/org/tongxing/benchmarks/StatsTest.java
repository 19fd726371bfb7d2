package org.tongxing.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void shouldTakeTheMiddleValueAsMedian() {
    assertThat(Stats.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
    assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
  }

  @Test
  void shouldTakeNearestRankPercentiles() {
    // given 1..100
    double[] samples = new double[100];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = 100 - i;
    }

    // then
    assertThat(Stats.percentile(samples, 99)).isEqualTo(99.0);
    assertThat(Stats.percentile(samples, 95)).isEqualTo(95.0);
    assertThat(Stats.percentile(samples, 100)).isEqualTo(100.0);
    assertThat(Stats.percentile(samples, 0)).isEqualTo(1.0);
  }

  @Test
  void shouldRefuseAPercentileOfNothing() {
    assertThatThrownBy(() -> Stats.percentile(new double[0], 50))
        .hasMessageContaining("Expected samples");
  }
}
