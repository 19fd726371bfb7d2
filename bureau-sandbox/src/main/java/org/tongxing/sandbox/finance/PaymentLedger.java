package org.tongxing.sandbox.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.IdempotencyConflictException;
import org.tongxing.sandbox.journal.SandboxJournal;
import org.tongxing.sandbox.journal.SandboxJournals;

/**
 * The simulated treasury's payments (国库集中支付), kept in the journal {@code finance-payments} across
 * restarts, as the treasury keeps them: a payment made before a restart is not made again.
 *
 * <p>Invariant: one paymentId, one payment. Posting an instruction again answers the first payment
 * (or a conflict, if the instruction differs); a refused instruction leaves nothing behind.
 * Thread-safe: concurrent posts of one paymentId pay once.
 */
@Component
@ConditionalOnSandboxEnabled
public class PaymentLedger {

  static final ZoneId CHINA_STANDARD_TIME = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter REFERENCE_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

  private final BankAccountRepository accounts;
  private final BigDecimal paymentLimit;
  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong();
  private final SandboxJournal<Payment> paymentsById;

  @Autowired
  public PaymentLedger(
      BankAccountRepository accounts,
      FinanceSandboxProperties properties,
      SandboxJournals journals) {
    this(accounts, properties, Clock.system(CHINA_STANDARD_TIME), journals);
  }

  PaymentLedger(
      BankAccountRepository accounts,
      FinanceSandboxProperties properties,
      Clock clock,
      SandboxJournals journals) {
    this.accounts = accounts;
    this.paymentLimit = properties.paymentLimit().setScale(2);
    this.clock = clock;
    this.paymentsById = journals.open("finance-payments", Payment.class);
    // references go on from the last one made before a restart
    paymentsById.values().stream()
        .mapToLong(payment -> Long.parseLong(payment.transactionReference().substring(10)))
        .max()
        .ifPresent(sequence::set);
  }

  /**
   * The payment of the instruction: made now, or made before under the same paymentId.
   *
   * @param created true if this call made the payment
   */
  public record Outcome(Payment payment, boolean created) {}

  /**
   * Pays the instruction once.
   *
   * @throws IllegalArgumentException if the instruction breaks the contract (nothing recorded)
   * @throws IdempotencyConflictException if the paymentId was paid with other content
   * @throws PaymentRejectedException if the treasury refuses it (nothing recorded)
   */
  public Outcome pay(PaymentInstruction posted) {
    PaymentInstruction instruction = posted.validated();
    AtomicBoolean created = new AtomicBoolean();
    // computeIfAbsent runs at most once per paymentId, also under concurrent posts; a refusal
    // thrown inside it records nothing
    Payment payment =
        paymentsById.computeIfAbsent(
            instruction.paymentId(),
            paymentId -> {
              refuseIfNeeded(instruction);
              created.set(true);
              OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
              return Payment.paid(instruction, nextReference(now), now);
            });
    if (!created.get()) {
      IdempotencyConflictException.requireSameContent(
          "payment '%s'".formatted(instruction.paymentId()),
          payment.instruction().content(),
          instruction.content());
    }
    return new Outcome(payment, created.get());
  }

  public Optional<Payment> findById(String paymentId) {
    return paymentsById.get(paymentId);
  }

  /** The payments of one case, or of all cases when {@code caseId} is null, oldest first. */
  public List<Payment> findByCase(String caseId) {
    return paymentsById.values().stream()
        .filter(payment -> caseId == null || payment.caseId().equals(caseId))
        .sorted(Comparator.comparing(Payment::transactionReference))
        .toList();
  }

  private void refuseIfNeeded(PaymentInstruction instruction) {
    if (instruction.amount().compareTo(paymentLimit) > 0) {
      throw new PaymentRejectedException(
          instruction.paymentId(),
          RejectionReason.OVER_PAYMENT_LIMIT,
          "%s（%s 元）"
              .formatted(
                  RejectionReason.OVER_PAYMENT_LIMIT.chineseText(), paymentLimit.toPlainString()));
    }
    Optional<BankAccount> account = accounts.findByNumber(instruction.payeeAccount());
    if (account.isEmpty()) {
      // an account of a bank the sandbox cannot ask: paid as given
      return;
    }
    RejectionReason reason =
        switch (account.get().status()) {
          case OPEN ->
              account.get().holderName().equals(instruction.payeeName())
                  ? null
                  : RejectionReason.PAYEE_NAME_MISMATCH;
          case CLOSED -> RejectionReason.ACCOUNT_CLOSED;
          case FROZEN -> RejectionReason.ACCOUNT_FROZEN;
          case NOT_FOUND -> RejectionReason.ACCOUNT_NOT_FOUND;
        };
    if (reason != null) {
      throw new PaymentRejectedException(instruction.paymentId(), reason, reason.chineseText());
    }
  }

  /** {@code ZF}, the payment date and a sequence number: {@code ZF2026031500000001}. */
  private String nextReference(OffsetDateTime now) {
    // one sequence across days, so references sort in payment order
    return "ZF%s%08d".formatted(now.format(REFERENCE_DATE), sequence.incrementAndGet());
  }
}
