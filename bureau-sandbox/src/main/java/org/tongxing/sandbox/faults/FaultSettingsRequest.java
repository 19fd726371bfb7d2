package org.tongxing.sandbox.faults;

/**
 * Body of {@code PUT /sandbox/admin/faults}. Omitted values keep their current setting.
 *
 * @param system the simulated system, for example {@code dpf-certificates}
 */
public record FaultSettingsRequest(
    String system, Long latencyMs, Double failureRate, Integer failNext) {}
