package org.tongxing.sandbox.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.SandboxProperties;

class FaultInjectorTest {

  private final List<Duration> pauses = new ArrayList<>();

  @Test
  void shouldPauseForTheConfiguredLatency() {
    // given
    FaultInjector faults = injector(new SandboxProperties(true, 0, 0, null), 0.5);
    faults.configure(BureauSystem.DPF_CERTIFICATES, 750L, null, null);

    // when
    faults.beforeRequest(BureauSystem.DPF_CERTIFICATES);

    // then
    assertThat(pauses).containsExactly(Duration.ofMillis(750));
  }

  @Test
  void shouldStartFromTheConfiguredProperties() {
    // given
    FaultInjector faults = injector(new SandboxProperties(true, 40, 0.25, null), 0.5);

    // when
    FaultSettings settings = faults.currentSettings().get("dpf-certificates");

    // then
    assertThat(settings).isEqualTo(new FaultSettings(40, 0.25, 0));
  }

  @Test
  void shouldFailWhenTheRandomDrawIsBelowTheFailureRate() {
    // given
    FaultInjector failing = injector(new SandboxProperties(true, 0, 0.3, null), 0.29);
    FaultInjector answering = injector(new SandboxProperties(true, 0, 0.3, null), 0.3);

    // when / then
    assertThatThrownBy(() -> failing.beforeRequest(BureauSystem.DPF_CERTIFICATES))
        .isInstanceOf(SimulatedOutageException.class)
        .hasMessage(
            "Expected the simulated system 'dpf-certificates' to answer, but a fault was injected"
                + " (failureRate 0.3)");
    assertThatCode(() -> answering.beforeRequest(BureauSystem.DPF_CERTIFICATES))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldCountDownScheduledFailures() {
    // given
    FaultInjector faults = injector(new SandboxProperties(true, 0, 0, null), 0.5);
    faults.configure(BureauSystem.DPF_CERTIFICATES, null, null, 1);

    // when / then
    assertThatThrownBy(() -> faults.beforeRequest(BureauSystem.DPF_CERTIFICATES))
        .isInstanceOf(SimulatedOutageException.class);
    assertThat(faults.currentSettings().get("dpf-certificates").failNext()).isZero();
    assertThatCode(() -> faults.beforeRequest(BureauSystem.DPF_CERTIFICATES))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldReturnToTheStartUpSettingsOnReset() {
    // given
    FaultInjector faults = injector(new SandboxProperties(true, 10, 0, null), 0.5);
    faults.configure(BureauSystem.DPF_CERTIFICATES, 2000L, 1.0, 3);

    // when
    faults.reset();

    // then
    assertThat(faults.currentSettings().get("dpf-certificates"))
        .isEqualTo(new FaultSettings(10, 0, 0));
  }

  private FaultInjector injector(SandboxProperties properties, double randomDraw) {
    return new FaultInjector(properties, pauses::add, () -> randomDraw);
  }
}
