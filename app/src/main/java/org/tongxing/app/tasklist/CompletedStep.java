package org.tongxing.app.tasklist;

import java.time.OffsetDateTime;

/**
 * A step a case has completed, as the engine's element instances tell it.
 *
 * @param type the element type as the search API names it, e.g. {@code USER_TASK}
 */
public record CompletedStep(
    long elementInstanceKey,
    String elementId,
    String elementName,
    String type,
    OffsetDateTime startDate,
    OffsetDateTime endDate) {}
