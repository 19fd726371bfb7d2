package org.tongxing.app.monitoring.dashboard;

import java.time.Duration;
import java.time.LocalDate;

/**
 * One week of the trend: tasks created and completed in it, open and overdue at its end.
 *
 * @param firstDay the week's first day; {@code lastDay} its last
 */
public record WeekRow(
    LocalDate firstDay,
    LocalDate lastDay,
    int created,
    int completed,
    int openAtEnd,
    int overdueAtEnd,
    Duration median) {}
