package org.tongxing.sandbox.notification;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.IdempotentResponses;
import org.tongxing.sandbox.faults.FaultInjector;

/**
 * Simulates the notification service that tells applicants the outcome of their case by SMS, letter
 * or in-app message: {@code /sandbox/notifications/notices}.
 *
 * <ul>
 *   <li>{@code POST} a notice with an {@code Idempotency-Key} header: 201 with the notice; 200 with
 *       the first notice when the key was used before; 409 when that notice had other content; 400
 *       when the request breaks the contract
 *   <li>{@code GET /{noticeId}}: the notice, or 404
 *   <li>{@code GET ?caseId=}: the notices of a case (of all cases without it), oldest first
 * </ul>
 *
 * <p>Every request first passes the faults of {@link BureauSystem#NOTIFICATIONS} (503).
 */
@RestController
@RequestMapping("/sandbox/notifications/notices")
@ConditionalOnSandboxEnabled
public class NoticeController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final NoticeOutbox outbox;
  private final FaultInjector faults;

  public NoticeController(NoticeOutbox outbox, FaultInjector faults) {
    this.outbox = outbox;
    this.faults = faults;
  }

  @PostMapping
  public ResponseEntity<Notice> send(
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
      @RequestBody NoticeRequest request) {
    faults.beforeRequest(BureauSystem.NOTIFICATIONS);
    NoticeOutbox.Outcome outcome = outbox.send(idempotencyKey, request);
    return IdempotentResponses.createdOrRepeated(
        outcome.created(), outcome.notice().noticeId(), outcome.notice());
  }

  @GetMapping("/{noticeId}")
  public Notice getNotice(@PathVariable String noticeId) {
    faults.beforeRequest(BureauSystem.NOTIFICATIONS);
    return outbox.findById(noticeId).orElseThrow(() -> new NoticeNotFoundException(noticeId));
  }

  @GetMapping
  public List<Notice> listNotices(@RequestParam(required = false) String caseId) {
    faults.beforeRequest(BureauSystem.NOTIFICATIONS);
    return outbox.findByCase(caseId);
  }
}
