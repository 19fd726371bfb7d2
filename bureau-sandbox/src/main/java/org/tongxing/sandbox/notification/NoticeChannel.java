package org.tongxing.sandbox.notification;

import java.util.Arrays;
import org.tongxing.sandbox.RequestChecks;

/** How a notice reaches the applicant. */
public enum NoticeChannel {
  /** 短信 to the applicant's mobile number. */
  SMS("sms"),
  /** 书面通知 posted to the applicant's address on file. */
  LETTER("letter"),
  /** 站内消息 in the applicant's account of the government service portal. */
  IN_APP("in-app");

  private final String code;

  NoticeChannel(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /**
   * @throws IllegalArgumentException if no channel has this code
   */
  static NoticeChannel fromCode(String code, String caseId) {
    return Arrays.stream(values())
        .filter(channel -> channel.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Expected channel to be one of %s, but was %s (case '%s')"
                        .formatted(
                            Arrays.stream(values()).map(NoticeChannel::code).toList(),
                            RequestChecks.quoted(code),
                            caseId)));
  }
}
