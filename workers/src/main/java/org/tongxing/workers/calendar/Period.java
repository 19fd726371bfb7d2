package org.tongxing.workers.calendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A legal period as a row of a period table (for example decision {@code petition-periods}): how
 * many days, how they count, and when to remind the assignee before it ends.
 *
 * @param stage the step the period limits, for example {@code handling}
 * @param stageName the step in Chinese, for example 办理
 * @param days the length; 0 ends on the start day
 * @param counting {@code calendar-days} or {@code working-days}
 * @param reminderDays how many days before the last day to remind, or {@code null} for none
 * @param reminderCounting how those days count; {@code null} counts as working days
 * @param clause where the period comes from, for example 信访工作条例 第三十三条
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Period(
    String stage,
    String stageName,
    Integer days,
    String counting,
    Integer reminderDays,
    String reminderCounting,
    String clause) {}
