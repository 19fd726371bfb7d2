package org.tongxing.workers.bureau.notification;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauAnswer;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauRequestInvalidException;
import org.tongxing.workers.bureau.BureauSystem;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Sends notices to applicants through the notification service (SMS, letter, in-app; or its
 * sandbox): {@code POST {baseUrl}/notices} with an {@code Idempotency-Key} header; configured by
 * {@code tongxing.bureau.notifications.*}.
 *
 * <p>Contract: 201 with the notice, or 200 with the notice sent before under the same key (so a
 * repeated call never sends twice); 400 when the notice breaks the contract (a malformed mobile, an
 * unknown channel); 409 of type {@value #IDEMPOTENCY_CONFLICT} when the key was used for other
 * content. Anything else is a technical failure.
 */
@Component
public class NotificationClient {

  public static final BureauSystem SYSTEM =
      new BureauSystem("notifications", "notification service", "/sandbox/notifications");

  public static final String IDEMPOTENCY_CONFLICT = "urn:tongxing:problem:idempotency-conflict";
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final BureauClient client;

  @Autowired
  public NotificationClient(BureauClients clients) {
    this(clients.open(SYSTEM));
  }

  public NotificationClient(BureauClient client) {
    this.client = client;
  }

  /**
   * Sends the notice once per idempotency key.
   *
   * @throws BureauRequestInvalidException if the notice breaks the contract or the key was used for
   *     other content
   * @throws BureauUnavailableException if the service cannot be reached, is too slow, or answers
   *     outside its contract; repeating the call with the same key is safe
   */
  public Notice send(String idempotencyKey, NoticeRequest notice) {
    BureauAnswer<Notice> answer =
        client
            .post("/notices", notice)
            .header(IDEMPOTENCY_KEY, idempotencyKey)
            .about("for notice '%s' of case '%s'".formatted(idempotencyKey, notice.caseId()))
            .refusal(HttpStatus.CONFLICT, IDEMPOTENCY_CONFLICT)
            .answer(Notice.class);
    if (answer.value().noticeId() == null) {
      throw new BureauUnavailableException(
          "Expected a notice with an id from POST %s for notice '%s', but got %s"
              .formatted(answer.uri(), idempotencyKey, answer.value()));
    }
    return answer.value();
  }

  /** Base URL of the next call; for diagnostics and tests. */
  public String baseUrl() {
    return client.baseUrl();
  }
}
