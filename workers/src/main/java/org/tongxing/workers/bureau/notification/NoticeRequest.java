package org.tongxing.workers.bureau.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A notice to an applicant; also the process variable {@code notice} that the BPMN task of {@code
 * notify-applicant} passes by input mapping (TEAM.md "Shared job contracts").
 *
 * @param mobile 11 digits starting with 1; optional (a blank one, as forms leave it, counts as
 *     none)
 * @param channel {@code sms}, {@code letter} or {@code in-app}
 * @param subject in Chinese
 * @param text the outcome and the reasons, in Chinese
 * @param policyClause for example {@code item 1.4}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NoticeRequest(
    String caseId,
    String recipientName,
    String mobile,
    String channel,
    String subject,
    String text,
    String policyClause) {

  public NoticeRequest {
    mobile = mobile == null || mobile.isBlank() ? null : mobile.strip();
  }
}
