package org.tongxing.sandbox.notification;

import static org.tongxing.sandbox.RequestChecks.invalid;
import static org.tongxing.sandbox.RequestChecks.quoted;
import static org.tongxing.sandbox.RequestChecks.requireText;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A notice to an applicant as posted to {@code POST /sandbox/notifications/notices}.
 *
 * @param caseId the application the notice is about
 * @param mobile 11 digits starting with 1; required for {@code sms}, optional otherwise
 * @param channel {@code sms}, {@code letter} or {@code in-app}
 * @param subject the notice's title, in Chinese
 * @param text the outcome and its reasons, in Chinese
 * @param policyClause the policy sentence the outcome rests on, for example {@code item 1.4}
 */
public record NoticeRequest(
    String caseId,
    String recipientName,
    String mobile,
    String channel,
    String subject,
    String text,
    String policyClause) {

  private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
  private static final int MAX_SHORT_TEXT = 200;
  private static final int MAX_TEXT = 5000;

  /**
   * @throws IllegalArgumentException naming the first field that breaks the contract
   */
  NoticeChannel validatedChannel() {
    String where = "case '%s'".formatted(caseId);
    requireText("caseId", caseId, MAX_SHORT_TEXT, where);
    requireText("recipientName", recipientName, MAX_SHORT_TEXT, where);
    NoticeChannel noticeChannel = NoticeChannel.fromCode(channel, caseId);
    if (mobile != null && !MOBILE.matcher(mobile).matches()) {
      throw invalid("mobile of 11 digits starting with 1", quoted(mobile), where);
    }
    if (noticeChannel == NoticeChannel.SMS && mobile == null) {
      throw new IllegalArgumentException(
          "Expected a mobile number for channel 'sms', but none was given (%s)".formatted(where));
    }
    requireText("subject", subject, MAX_SHORT_TEXT, where);
    requireText("text", text, MAX_TEXT, where);
    requireText("policyClause", policyClause, MAX_SHORT_TEXT, where);
    return noticeChannel;
  }

  /** The fields a repeated request must repeat, by name. */
  Map<String, Object> content() {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("caseId", caseId);
    content.put("recipientName", recipientName);
    content.put("mobile", mobile);
    content.put("channel", channel);
    content.put("subject", subject);
    content.put("text", text);
    content.put("policyClause", policyClause);
    return content;
  }
}
