package org.tongxing.sandbox.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.IdempotencyConflictException;
import org.tongxing.sandbox.RequestChecks;
import org.tongxing.sandbox.journal.SandboxJournal;
import org.tongxing.sandbox.journal.SandboxJournals;

/**
 * The notices the simulated notification service sent, kept in the journal {@code notices} across
 * restarts. Nothing leaves the machine; tests and demos read here what the applicant was told.
 *
 * <p>Invariant: one idempotency key, one notice. Thread-safe: concurrent sends under one key send
 * once.
 */
@Component
@ConditionalOnSandboxEnabled
public class NoticeOutbox {

  private static final ZoneId CHINA_STANDARD_TIME = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter ID_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

  /** Printable ASCII without spaces, as the Idempotency-Key header carries it. */
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[!-~]{1,200}");

  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong();
  private final SandboxJournal<Notice> noticesByKey;
  private final ConcurrentMap<String, Notice> noticesById = new ConcurrentHashMap<>();

  @Autowired
  public NoticeOutbox(SandboxJournals journals) {
    this(Clock.system(CHINA_STANDARD_TIME), journals);
  }

  NoticeOutbox(Clock clock, SandboxJournals journals) {
    this.clock = clock;
    this.noticesByKey = journals.open("notices", Notice.class);
    noticesByKey.values().forEach(notice -> noticesById.put(notice.noticeId(), notice));
    // notice ids go on from the last one sent before a restart
    noticesById.keySet().stream()
        .mapToLong(id -> Long.parseLong(id.substring(10)))
        .max()
        .ifPresent(sequence::set);
  }

  /**
   * The notice of the request: sent now, or sent before under the same key.
   *
   * @param created true if this call sent it
   */
  public record Outcome(Notice notice, boolean created) {}

  /**
   * Sends the notice once per idempotency key.
   *
   * @throws IllegalArgumentException if the key or the request breaks the contract
   * @throws IdempotencyConflictException if a notice with other content was sent under the key
   */
  public Outcome send(String idempotencyKey, NoticeRequest request) {
    if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
      throw new IllegalArgumentException(
          "Expected an Idempotency-Key header of 1 to 200 printable ASCII characters, but was %s"
                  .formatted(RequestChecks.quoted(idempotencyKey))
              + " (case '%s')".formatted(request.caseId()));
    }
    request.validatedChannel();
    AtomicBoolean created = new AtomicBoolean();
    Notice notice =
        noticesByKey.computeIfAbsent(
            idempotencyKey,
            key -> {
              created.set(true);
              OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
              Notice sent = Notice.sent(nextId(now), key, request, now);
              noticesById.put(sent.noticeId(), sent);
              return sent;
            });
    if (!created.get()) {
      IdempotencyConflictException.requireSameContent(
          "the notice under key '%s'".formatted(idempotencyKey),
          notice.request().content(),
          request.content());
    }
    return new Outcome(notice, created.get());
  }

  public Optional<Notice> findById(String noticeId) {
    return Optional.ofNullable(noticesById.get(noticeId));
  }

  /** The notices of one case, or of all cases when {@code caseId} is null, oldest first. */
  public List<Notice> findByCase(String caseId) {
    return noticesById.values().stream()
        .filter(notice -> caseId == null || notice.caseId().equals(caseId))
        .sorted(Comparator.comparing(Notice::noticeId))
        .toList();
  }

  /** {@code TZ}, the date and a sequence number: {@code TZ2026031500000001}. */
  private String nextId(OffsetDateTime now) {
    return "TZ%s%08d".formatted(now.format(ID_DATE), sequence.incrementAndGet());
  }
}
