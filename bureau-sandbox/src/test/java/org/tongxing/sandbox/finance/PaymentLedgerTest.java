package org.tongxing.sandbox.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongxing.sandbox.Concurrently;
import org.tongxing.sandbox.IdempotencyConflictException;
import org.tongxing.sandbox.journal.SandboxJournals;

class PaymentLedgerTest {

  private static final String OPEN_ACCOUNT = "6217001820001234567";

  private final Clock clock =
      Clock.fixed(Instant.parse("2026-03-15T02:30:45.678Z"), PaymentLedger.CHINA_STANDARD_TIME);
  private final PaymentLedger ledger =
      new PaymentLedger(
          new BankAccountRepository(new ObjectMapper()),
          new FinanceSandboxProperties(new BigDecimal("50000")),
          clock,
          SandboxJournals.inMemory());

  @Test
  void shouldNumberPaymentsByDateAndSequenceInChinaStandardTime() {
    // when
    Payment first = ledger.pay(instruction("JY-1-SUBSIDY", "1200")).payment();
    Payment second = ledger.pay(instruction("JY-2-SUBSIDY", "1200")).payment();

    // then
    assertThat(first.transactionReference()).isEqualTo("ZF2026031500000001");
    assertThat(second.transactionReference()).isEqualTo("ZF2026031500000002");
    assertThat(first.paidAt()).isEqualTo(OffsetDateTime.parse("2026-03-15T10:30:45+08:00"));
    assertThat(first.amount()).isEqualByComparingTo("1200").hasScaleOf(2);
  }

  @Test
  void shouldPayOnceWhenTheSamePaymentIdIsPostedConcurrently() throws Exception {
    // given
    PaymentInstruction instruction = instruction("JY-3-SUBSIDY", "4800");

    // when
    List<PaymentLedger.Outcome> outcomes = Concurrently.call(8, () -> ledger.pay(instruction));

    // then
    assertThat(outcomes).filteredOn(PaymentLedger.Outcome::created).hasSize(1);
    assertThat(outcomes)
        .extracting(outcome -> outcome.payment().transactionReference())
        .containsOnly("ZF2026031500000001");
    assertThat(ledger.findByCase("JY-3")).hasSize(1);
  }

  @Test
  void shouldRefuseOverTheConfiguredLimitAndLeaveNothingBehind() {
    // when / then
    assertThatThrownBy(() -> ledger.pay(instruction("JY-4-REWARD", "50000.01")))
        .isInstanceOf(PaymentRejectedException.class)
        .hasMessage(
            "Expected the treasury to pay 'JY-4-REWARD', but it refused: 超过单笔支付限额（50000.00"
                + " 元） (over-payment-limit)");
    assertThat(ledger.findById("JY-4-REWARD")).isEmpty();
    assertThat(ledger.pay(instruction("JY-4-REWARD", "50000")).created()).isTrue();
  }

  @Test
  void shouldKeepTheFirstPaymentWhenARepeatedInstructionDiffers() {
    // given
    ledger.pay(instruction("JY-5-SUBSIDY", "1200"));

    // when / then
    assertThatThrownBy(() -> ledger.pay(instruction("JY-5-SUBSIDY", "1300")))
        .isInstanceOf(IdempotencyConflictException.class)
        .hasMessage(
            "Expected payment 'JY-5-SUBSIDY' to repeat the first request, but amount was 1300.00"
                + " (first: 1200.00)");
    assertThat(ledger.findById("JY-5-SUBSIDY").orElseThrow().amount()).isEqualByComparingTo("1200");
  }

  @Test
  void shouldNotPayAgainAfterARestartAndNumberOnFromTheLastPayment(@TempDir Path journal) {
    // given a payment made before the app stopped
    Payment paid = ledger(journal).pay(instruction("JY-1-SUBSIDY", "1200")).payment();

    // when the retried job posts it again to the restarted treasury, and another case is paid
    PaymentLedger restarted = ledger(journal);
    PaymentLedger.Outcome retried = restarted.pay(instruction("JY-1-SUBSIDY", "1200"));
    Payment next = restarted.pay(instruction("JY-2-SUBSIDY", "800")).payment();

    // then
    assertThat(retried.created()).isFalse();
    assertThat(retried.payment()).isEqualTo(paid);
    assertThat(restarted.findByCase(null))
        .extracting(Payment::paymentId)
        .containsExactly("JY-1-SUBSIDY", "JY-2-SUBSIDY");
    assertThat(next.transactionReference()).isEqualTo("ZF2026031500000002");
  }

  private PaymentLedger ledger(Path journal) {
    return new PaymentLedger(
        new BankAccountRepository(new ObjectMapper()),
        new FinanceSandboxProperties(new BigDecimal("50000")),
        clock,
        new SandboxJournals(journal, new ObjectMapper().findAndRegisterModules()));
  }

  private static PaymentInstruction instruction(String paymentId, String amount) {
    String caseId = paymentId.substring(0, paymentId.lastIndexOf('-'));
    return new PaymentInstruction(
        paymentId,
        "温州同行制衣有限公司",
        OPEN_ACCOUNT,
        null,
        new BigDecimal(amount),
        "残疾人就业补贴",
        "item 1.4",
        caseId);
  }
}
