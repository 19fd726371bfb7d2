package org.tongxing.sandbox.notification;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.tongxing.sandbox.SandboxProblemException;

/** No notice has this id: 404 problem JSON of type {@value #TYPE_URN}. */
public class NoticeNotFoundException extends SandboxProblemException {

  public static final String TYPE_URN = "urn:tongxing:problem:notice-not-found";

  NoticeNotFoundException(String noticeId) {
    super(
        HttpStatus.NOT_FOUND,
        URI.create(TYPE_URN),
        "查无此通知 (notice not found)",
        "Expected a notice with id '%s', but the notification service has none".formatted(noticeId),
        Map.of());
  }
}
