package org.tongxing.app.monitoring.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandlingTimesTest {

  @Test
  void shouldTakeTheMeanOfTheMiddleTwoAndTheNearestRankForTheNinetiethPercentile() {
    // given
    List<Duration> hours =
        List.of(
            Duration.ofHours(24), Duration.ofHours(12), Duration.ofHours(72), Duration.ofHours(1));

    // then
    assertThat(HandlingTimes.median(hours)).isEqualTo(Duration.ofHours(18));
    assertThat(HandlingTimes.percentile90(hours)).isEqualTo(Duration.ofHours(72));
    assertThat(HandlingTimes.median(List.of())).isNull();
  }
}
