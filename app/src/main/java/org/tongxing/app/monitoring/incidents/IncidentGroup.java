package org.tongxing.app.monitoring.incidents;

/**
 * How many open incidents share a process, a bureau system and an error: where to look first.
 *
 * @param bureau the bureau system's id, or {@code null} when no job names one
 */
public record IncidentGroup(
    String processId,
    String processName,
    String bureau,
    String errorType,
    String errorMessage,
    int count) {}
