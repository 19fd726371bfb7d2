package org.tongxing.workers.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The working-day calendar ({@code tongxing.calendar.*}).
 *
 * @param schedule the State Council's holiday schedule per year, JSON as in {@code
 *     classpath:calendar/cn-public-holidays.json}; point it at a file to add a year without a new
 *     build
 * @param zone the zone whose local days periods count in
 * @param officeOpensAt when a reminder is due on its day
 * @param endOfDay when a period's last day ends (期间的最后一日的截止时间为二十四时: one second before)
 */
@ConfigurationProperties("tongxing.calendar")
public record CalendarProperties(
    @DefaultValue("classpath:calendar/cn-public-holidays.json") Resource schedule,
    @DefaultValue("Asia/Shanghai") ZoneId zone,
    @DefaultValue("09:00") LocalTime officeOpensAt,
    @DefaultValue("23:59:59") LocalTime endOfDay) {}
