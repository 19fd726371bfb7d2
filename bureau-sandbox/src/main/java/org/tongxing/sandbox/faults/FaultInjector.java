package org.tongxing.sandbox.faults;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.SandboxProperties;

/**
 * Holds the latency and fault settings of each simulated system and applies them to requests.
 *
 * <p>Starts from {@code tongxing.sandbox.latency-ms} and {@code tongxing.sandbox.failure-rate};
 * {@link #reset()} returns to them. Settings change at runtime through {@link
 * FaultAdminController}.
 */
@Component
@ConditionalOnSandboxEnabled
public class FaultInjector {

  private final FaultSettings defaults;
  private final Consumer<Duration> pause;
  private final DoubleSupplier random;
  private final Map<BureauSystem, FaultSettings> settings = new EnumMap<>(BureauSystem.class);

  @Autowired
  public FaultInjector(SandboxProperties properties) {
    this(properties, FaultInjector::sleep, () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * @param pause waits for the simulated latency; tests pass a recorder instead of sleeping
   * @param random yields numbers in [0, 1) to decide whether a request fails
   */
  FaultInjector(SandboxProperties properties, Consumer<Duration> pause, DoubleSupplier random) {
    this.defaults = new FaultSettings(properties.latencyMs(), properties.failureRate(), 0);
    this.pause = pause;
    this.random = random;
    reset();
  }

  /**
   * Applies the system's settings to one request: waits for the latency, then throws if the request
   * is to fail.
   *
   * @throws SimulatedOutageException if a fault is injected for this request
   */
  public void beforeRequest(BureauSystem system) {
    FaultSettings current;
    boolean failScheduled;
    synchronized (this) {
      current = settings.get(system);
      failScheduled = current.failNext() > 0;
      if (failScheduled) {
        settings.put(system, current.with(null, null, current.failNext() - 1));
      }
    }
    // wait outside the lock, so that a slow system does not serialise its requests
    if (current.latencyMs() > 0) {
      pause.accept(Duration.ofMillis(current.latencyMs()));
    }
    if (failScheduled) {
      throw new SimulatedOutageException(system, "failNext");
    }
    if (current.failureRate() > 0 && random.getAsDouble() < current.failureRate()) {
      throw new SimulatedOutageException(system, "failureRate " + current.failureRate());
    }
  }

  /** Changes the given values of one system's settings and returns the new settings. */
  public synchronized FaultSettings configure(
      BureauSystem system, Long latencyMs, Double failureRate, Integer failNext) {
    FaultSettings updated = settings.get(system).with(latencyMs, failureRate, failNext);
    settings.put(system, updated);
    return updated;
  }

  /** The current settings of every system, by system code. */
  public synchronized Map<String, FaultSettings> currentSettings() {
    Map<String, FaultSettings> bySystemCode = new LinkedHashMap<>();
    settings.forEach((system, value) -> bySystemCode.put(system.code(), value));
    return bySystemCode;
  }

  /** Returns every system to the start-up settings and cancels scheduled failures. */
  public synchronized void reset() {
    for (BureauSystem system : BureauSystem.values()) {
      settings.put(system, defaults);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
