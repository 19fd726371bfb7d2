package org.tongxing.workers.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongxing.workers.SandboxAdmin;
import org.tongxing.workers.WorkersSandboxTest;
import org.tongxing.workers.bureau.finance.FinancePaymentClient;
import org.tongxing.workers.bureau.finance.PaymentInstruction;

/** The payment worker against the sandbox's treasury over real HTTP. */
@WorkersSandboxTest
class MakePaymentSandboxTest {

  /** Well-known accounts of bureau-sandbox/README.md. */
  private static final String OPEN_ACCOUNT = "6217001820001234567";

  private static final String CLOSED_ACCOUNT = "6217001820009990001";
  private static final String EMPLOYER = "温州同行制衣有限公司";

  @LocalServerPort private int port;
  @Autowired private MakePaymentWorker worker;
  @Autowired private FinancePaymentClient client;

  private SandboxAdmin sandbox;
  private final String caseId = "JY-2026-" + UUID.randomUUID();

  @BeforeEach
  void setUp() {
    sandbox = new SandboxAdmin(port);
  }

  @AfterEach
  void resetFaults() {
    sandbox.resetFaults();
  }

  @Test
  void shouldCallTheSandboxOfThisApp() {
    // when / then
    assertThat(client.baseUrl()).isEqualTo("http://localhost:" + port + "/sandbox/finance");
  }

  @Test
  void shouldPayAndCompleteWithTheTreasurysReference() {
    // given
    var input = new MakePaymentInput(instruction(EMPLOYER, OPEN_ACCOUNT, "3600"));

    // when
    MakePaymentOutput output = worker.makePayment(input);

    // then
    assertThat(output.paymentStatus()).isEqualTo("PAID");
    assertThat(output.paymentReference()).matches("ZF\\d{16}");
    assertThat(output.paidAt()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?\\+08:00");
    assertThat(sandbox.payments(caseId))
        .singleElement()
        .satisfies(
            payment -> {
              assertThat(payment).containsEntry("transactionReference", output.paymentReference());
              assertThat(payment).containsEntry("amount", 3600.0);
              assertThat(payment).containsEntry("payeeAccount", OPEN_ACCOUNT);
              assertThat(payment).containsEntry("policyClause", "item 1.4");
            });
  }

  @Test
  void shouldPayOnceWhenTheJobIsRetried() {
    // given a job that paid, but whose completion was lost, so the engine hands it out again
    var input = new MakePaymentInput(instruction(EMPLOYER, OPEN_ACCOUNT, "3600"));
    MakePaymentOutput first = worker.makePayment(input);

    // when
    MakePaymentOutput retried = worker.makePayment(input);

    // then
    assertThat(retried).isEqualTo(first);
    assertThat(sandbox.payments(caseId)).hasSize(1);
  }

  @Test
  void shouldRaiseAnIncidentAtOnceWhenThePaymentIdWasPaidWithAnotherAmount() {
    // given
    worker.makePayment(new MakePaymentInput(instruction(EMPLOYER, OPEN_ACCOUNT, "3600")));
    var changed = new MakePaymentInput(instruction(EMPLOYER, OPEN_ACCOUNT, "4800"));

    // when
    JobError error = catchThrowableOfType(JobError.class, () -> worker.makePayment(changed));

    // then no retry can help: an incident, and the first payment stands alone
    assertThat(error).isNotNull();
    assertThat(error.getRetries()).isZero();
    assertThat(error.getErrorMessage())
        .startsWith("Expected the treasury payment system to accept POST http://localhost:")
        .contains("for payment '%s-SUBSIDY'".formatted(caseId), "409 CONFLICT")
        .endsWith("but amount was 4800.00 (first: 3600.00)");
    assertThat(sandbox.payments(caseId))
        .singleElement()
        .satisfies(payment -> assertThat(payment).containsEntry("amount", 3600.0));
  }

  @Test
  void shouldThrowPaymentRejectedWithTheReasonWhenTheAccountIsClosed() {
    // given
    var input = new MakePaymentInput(instruction("温州鹿城旧城五金加工厂", CLOSED_ACCOUNT, "3600"));

    // when
    BpmnError error = catchThrowableOfType(BpmnError.class, () -> worker.makePayment(input));

    // then
    assertThat(error).isNotNull();
    assertThat(error.getErrorCode()).isEqualTo("PAYMENT_REJECTED");
    assertThat(error.getErrorMessage())
        .isEqualTo(
            "Expected the treasury to pay '%s-SUBSIDY', but it refused: 收款账户已销户"
                + " (account-closed)",
            caseId);
    assertThat(error.getVariables())
        .isEqualTo(
            Map.of(
                "paymentStatus",
                "REJECTED",
                "paymentRejection",
                Map.of(
                    "paymentId", caseId + "-SUBSIDY",
                    "reason", "account-closed",
                    "reasonText", "收款账户已销户")));
    assertThat(sandbox.payments(caseId)).isEmpty();
  }

  @Test
  void shouldThrowPaymentRejectedOverThePerPaymentLimit() {
    // given
    var input = new MakePaymentInput(instruction(EMPLOYER, OPEN_ACCOUNT, "1000000.01"));

    // when
    BpmnError error = catchThrowableOfType(BpmnError.class, () -> worker.makePayment(input));

    // then
    assertThat(error.getErrorCode()).isEqualTo("PAYMENT_REJECTED");
    assertThat(error.getErrorMessage()).contains("超过单笔支付限额（1000000.00 元）");
  }

  @Test
  void shouldFailTheJobWithBackoffWhileTheTreasuryIsDownThenPayOnce() {
    // given
    sandbox.failNext("finance-payments", 1);
    var input = new MakePaymentInput(instruction(EMPLOYER, OPEN_ACCOUNT, "3600"));

    // when
    JobError error = catchThrowableOfType(JobError.class, () -> worker.makePayment(input));

    // then one retry less, after the configured back-off; nothing paid yet
    assertThat(error).isNotNull();
    assertThat(error.getRetries()).isNull();
    assertThat(error.getRetryBackoff()).isEqualTo(Duration.ofSeconds(20));
    assertThat(error.getErrorMessage()).endsWith("but got 503 SERVICE_UNAVAILABLE");
    assertThat(sandbox.payments(caseId)).isEmpty();
    // and the retry pays
    assertThat(worker.makePayment(input).paymentStatus()).isEqualTo("PAID");
    assertThat(sandbox.payments(caseId)).hasSize(1);
  }

  @Test
  void shouldRaiseAnIncidentAtOnceForAnInstructionThatBreaksTheContract() {
    // given an account number with spaces, as someone typed it
    var input = new MakePaymentInput(instruction(EMPLOYER, "6217 0018 2000 1234 567", "3600"));

    // when
    JobError error = catchThrowableOfType(JobError.class, () -> worker.makePayment(input));

    // then
    assertThat(error.getRetries()).isZero();
    assertThat(error.getErrorMessage())
        .contains("400 BAD_REQUEST")
        .endsWith(
            "Expected payeeAccount of 16 to 19 digits, but was '6217 0018 2000 1234 567'"
                + " (payment '%s-SUBSIDY')".formatted(caseId));
  }

  private PaymentInstruction instruction(String payee, String account, String amount) {
    return new PaymentInstruction(
        caseId + "-SUBSIDY",
        payee,
        account,
        "中国建设银行温州鹿城支行",
        new BigDecimal(amount),
        "残疾人就业补贴",
        "item 1.4",
        caseId);
  }
}
