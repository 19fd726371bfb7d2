package org.tongxing.workers.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class BureauRetriesTest {

  @Test
  void shouldBackOffByTheWorkersOwnSettingThenTheCommonOneThenTenSeconds() {
    // given
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("tongxing.workers.retry-backoff", "3s")
            .withProperty("tongxing.workers.fetch-minimum-wage.retry-backoff", "1m");

    // when
    BureauRetries retries = new BureauRetries(environment);
    BureauRetries defaults = new BureauRetries(new MockEnvironment());

    // then
    assertThat(retries.backoff("fetch-minimum-wage")).isEqualTo(Duration.ofMinutes(1));
    assertThat(retries.backoff("check-household-registrations")).isEqualTo(Duration.ofSeconds(3));
    assertThat(defaults.backoff("check-household-registrations")).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void shouldFailTheJobWithTheBureausMessageAndNoExplicitRetries() {
    // given
    BureauRetries retries = new BureauRetries(new MockEnvironment());

    // when
    var error = retries.retryLater("fetch-minimum-wage", new BureauUnavailableException("down"));

    // then: the starter counts the retries down itself
    assertThat(error.getErrorMessage()).isEqualTo("down");
    assertThat(error.getRetries()).isNull();
    assertThat(error.getRetryBackoff()).isEqualTo(Duration.ofSeconds(10));
  }
}
