package org.tongxing.app.monitoring.instances;

import org.tongxing.app.tasklist.DisplayTime;

/**
 * One case in the search results, ID numbers already masked.
 *
 * @param state ACTIVE, COMPLETED or TERMINATED
 * @param county the county's code, or {@code null}
 */
public record InstanceRow(
    long key,
    String processId,
    String processName,
    int version,
    String state,
    boolean incident,
    DisplayTime started,
    DisplayTime ended,
    String caseNumber,
    String applicant,
    String county) {}
