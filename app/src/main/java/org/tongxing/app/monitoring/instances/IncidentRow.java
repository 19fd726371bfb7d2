package org.tongxing.app.monitoring.instances;

import org.tongxing.app.tasklist.DisplayTime;

/**
 * An open incident of a case: where, what the worker said, and which bureau system failed.
 *
 * @param bureau the bureau system's id (message {@code monitoring.bureau.<id>}), or {@code null}
 * @param jobType the job type of a failed job, or {@code null} for other kinds of incident
 */
public record IncidentRow(
    long key,
    long processInstanceKey,
    String processName,
    String caseNumber,
    String elementId,
    String stepName,
    String errorType,
    String errorMessage,
    String jobType,
    String bureau,
    Integer retries,
    DisplayTime created) {}
