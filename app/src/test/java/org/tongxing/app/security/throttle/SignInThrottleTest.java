package org.tongxing.app.security.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private final MovableClock clock = new MovableClock();
  private final SignInThrottle throttle =
      new SignInThrottle(clock, 3, 10, Duration.ofMinutes(15), Duration.ofMinutes(15));

  @Test
  void shouldLockAUserNameAfterRepeatedFailuresWhateverItsCase() {
    // given
    throttle.failed("dpf-zhang", "10.0.0.1");
    throttle.failed("DPF-Zhang", "10.0.0.2");

    // when
    throttle.failed(" dpf-zhang ", "10.0.0.3");

    // then
    assertThat(throttle.lockedFor("dpf-zhang", "10.0.0.9")).contains(Duration.ofMinutes(15));
    assertThat(throttle.lockedFor("dpf-li", "10.0.0.9")).isEmpty();
  }

  @Test
  void shouldForgetFailuresOutsideTheWindowAndUnlockAfterTheLockout() {
    // given two failures long ago and one now
    throttle.failed("dpf-zhang", "a");
    throttle.failed("dpf-zhang", "a");
    clock.advance(Duration.ofMinutes(16));
    throttle.failed("dpf-zhang", "a");

    // then not locked: only one failure counts
    assertThat(throttle.lockedFor("dpf-zhang", "a")).isEmpty();

    // when two more follow, it locks, and the lockout ends on time
    throttle.failed("dpf-zhang", "a");
    throttle.failed("dpf-zhang", "a");
    clock.advance(Duration.ofMinutes(10));
    assertThat(throttle.lockedFor("dpf-zhang", "a")).contains(Duration.ofMinutes(5));
    clock.advance(Duration.ofMinutes(5));
    assertThat(throttle.lockedFor("dpf-zhang", "a")).isEmpty();
  }

  @Test
  void shouldClearAUserNameOnSuccessButNotItsAddress() {
    // given
    throttle.failed("dpf-zhang", "a");
    throttle.failed("dpf-zhang", "a");

    // when
    throttle.succeeded("dpf-zhang");
    throttle.failed("dpf-zhang", "a");

    // then
    assertThat(throttle.lockedFor("dpf-zhang", "b")).isEmpty();
  }

  @Test
  void shouldLockAnAddressThatTriesManyUserNames() {
    // when
    for (int i = 0; i < 10; i++) {
      throttle.failed("user-" + i, "10.0.0.66");
    }

    // then
    assertThat(throttle.lockedFor("someone-else", "10.0.0.66")).isPresent();
    assertThat(throttle.lockedFor("someone-else", "10.0.0.67")).isEmpty();
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-01-05T01:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
