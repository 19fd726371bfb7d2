package org.tongxing.app.monitoring.dashboard;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The deadlines and workload dashboard as of one moment.
 *
 * @param truncated whether more tasks matched than the report reads ({@code
 *     tongxing.monitoring.report-task-limit})
 */
public record WorkloadReport(
    OffsetDateTime asOf,
    OffsetDateTime periodStart,
    int weeks,
    WorkloadRow total,
    List<WorkloadRow> departments,
    List<WorkloadRow> counties,
    List<DeadlineRow> deadlines,
    List<WeekRow> trend,
    boolean truncated) {}
