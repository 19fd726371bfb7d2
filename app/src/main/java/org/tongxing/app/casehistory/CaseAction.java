package org.tongxing.app.casehistory;

/**
 * What someone did to a case. Stored by name: rename only with a migration of the rows. Chinese
 * approval practice names most of them (同意, 驳回, 退回, 转办, 委派, 加签, 抄送, 催办).
 */
public enum CaseAction {
  STARTED,
  CLAIMED,
  UNCLAIMED,
  COMPLETED,
  /** 同意 */
  APPROVED,
  /** 驳回 */
  REJECTED,
  /** 退回: to the applicant or an earlier step */
  RETURNED,
  /** 转办: handed over to a colleague */
  HANDED_OVER,
  /** 委派: delegated, comes back for confirmation */
  DELEGATED,
  DELEGATION_RESOLVED,
  /** 加签: another person or department signs before or after */
  SIGNER_ADDED,
  /** the co-signer asked for by 加签 signed, with their opinion */
  COSIGNED,
  /** 抄送: copied for information */
  COPIED,
  /** 催办: the assignee reminded */
  REMINDED,
  COMMENTED,
  ATTACHMENT_ADDED,
  VARIABLES_CHANGED,
  CANCELED,
  /** moved to another step by a supervisor (process instance modification) */
  MODIFIED,
  INCIDENT_RESOLVED,
  /** an ID number shown unmasked */
  IDENTITY_UNMASKED
}
