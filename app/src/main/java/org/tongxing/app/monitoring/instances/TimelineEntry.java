package org.tongxing.app.monitoring.instances;

import java.time.OffsetDateTime;
import java.util.List;
import org.tongxing.app.tasklist.DisplayTime;

/**
 * One line of a case's timeline: a step the engine went through (who held it, when it began and
 * ended), or something a person did to the case (the case history).
 *
 * @param at when it began or happened, for ordering
 * @param step whether this is a step of the process (else a person's action)
 * @param kind the BPMN element type of a step ({@code userTask}…), or the CaseAction's name
 * @param state ACTIVE, COMPLETED or TERMINATED for a step; {@code null} for an action
 * @param actor who acted or holds the task, or {@code null}
 * @param departments the candidate groups of a user task
 * @param opinion the opinion or reason given, ID numbers masked
 */
public record TimelineEntry(
    OffsetDateTime at,
    boolean step,
    String kind,
    String name,
    String state,
    boolean incident,
    DisplayTime started,
    DisplayTime ended,
    String duration,
    String actor,
    List<String> departments,
    DisplayTime due,
    boolean overdue,
    String opinion) {}
