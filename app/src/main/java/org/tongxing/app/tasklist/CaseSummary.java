package org.tongxing.app.tasklist;

/**
 * What identifies a case to people in a task list: its business id, the applicant, the county. Read
 * from the process variables that {@code tongxing.tasklist.case-fields} names; each may be {@code
 * null}.
 */
public record CaseSummary(String caseId, String applicant, String county) {

  public static final CaseSummary NONE = new CaseSummary(null, null, null);
}
