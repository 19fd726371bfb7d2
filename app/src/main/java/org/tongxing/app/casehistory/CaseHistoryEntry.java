package org.tongxing.app.casehistory;

import java.time.OffsetDateTime;

/**
 * One thing a person did to a case, as the case history shows it: who, when, what, at which step,
 * with which opinion (审批意见).
 *
 * @param id assigned when stored; {@code null} before
 * @param caseId the case's business id (e.g. the application number), if it has one
 * @param taskKey the user task acted on, or {@code null}
 * @param elementId the BPMN element (step) acted on or moved to, or {@code null}
 * @param target the person or department the action went to (转办, 加签, 抄送…), or {@code null}
 * @param opinion the actor's opinion or reason, or {@code null}
 * @param details more about the action as JSON (changed variables, modification instructions…)
 */
public record CaseHistoryEntry(
    Long id,
    long processInstanceKey,
    String caseId,
    String bpmnProcessId,
    Long taskKey,
    String elementId,
    String elementName,
    CaseAction action,
    String actor,
    String actorName,
    String target,
    String opinion,
    String details,
    OffsetDateTime occurredAt) {}
