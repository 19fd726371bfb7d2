package org.tongxing.app.tasklist;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the tasklist pages ({@code tongxing.tasklist}).
 *
 * @param searchLimit the most tasks fetched per candidate group (and for the user's own tasks)
 * @param timeZone the zone in which dates are shown
 * @param variableDisplayLimit longer variable values are not shown, only their size
 */
@ConfigurationProperties("tongxing.tasklist")
public record TasklistProperties(
    @DefaultValue("200") int searchLimit,
    @DefaultValue("Asia/Shanghai") ZoneId timeZone,
    @DefaultValue("2000") int variableDisplayLimit) {}
