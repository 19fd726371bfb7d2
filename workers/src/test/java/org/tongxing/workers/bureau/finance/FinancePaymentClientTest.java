package org.tongxing.workers.bureau.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withException;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServiceUnavailable;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauRequestInvalidException;
import org.tongxing.workers.bureau.BureauUnavailableException;

class FinancePaymentClientTest {

  private static final String BASE_URL = "http://finance.test/sandbox/finance";
  private static final String URL = BASE_URL + "/payments";
  private static final PaymentInstruction INSTRUCTION =
      new PaymentInstruction(
          "JY-2026-0001-SUBSIDY",
          "温州同行制衣有限公司",
          "6217001820001234567",
          null,
          new BigDecimal("3600.00"),
          "残疾人就业补贴",
          "item 1.4",
          "JY-2026-0001");
  private static final String PAID =
      """
      {"paymentId": "JY-2026-0001-SUBSIDY", "transactionReference": "ZF2026031500000001",
       "status": "PAID", "amount": 3600.00, "payeeName": "温州同行制衣有限公司",
       "payeeAccount": "6217001820001234567", "caseId": "JY-2026-0001",
       "paidAt": "2026-03-15T10:30:45+08:00", "purpose": "残疾人就业补贴"}
      """;

  private MockRestServiceServer server;
  private FinancePaymentClient client;

  @BeforeEach
  void setUp() {
    RestClient.Builder builder = RestClient.builder();
    server = MockRestServiceServer.bindTo(builder).build();
    client =
        new FinancePaymentClient(
            new BureauClient(FinancePaymentClient.SYSTEM.name(), builder.build(), () -> BASE_URL));
  }

  @AfterEach
  void verifyRequests() {
    server.verify();
  }

  @Test
  void shouldPostTheInstructionAndReadThePayment() {
    // given
    server
        .expect(requestTo(URL))
        .andExpect(method(HttpMethod.POST))
        .andExpect(
            content()
                .json(
                    """
                    {"paymentId": "JY-2026-0001-SUBSIDY", "payeeName": "温州同行制衣有限公司",
                     "payeeAccount": "6217001820001234567", "amount": 3600.00,
                     "purpose": "残疾人就业补贴", "policyClause": "item 1.4",
                     "caseId": "JY-2026-0001"}
                    """))
        .andRespond(
            withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(PAID));

    // when
    Payment payment = client.pay(INSTRUCTION);

    // then
    assertThat(payment.transactionReference()).isEqualTo("ZF2026031500000001");
    assertThat(payment.status()).isEqualTo(Payment.PAID);
    assertThat(payment.paidAt()).isEqualTo(OffsetDateTime.parse("2026-03-15T10:30:45+08:00"));
  }

  @Test
  void shouldReadTheFirstPaymentWhenThePaymentIdWasPaidBefore() {
    // given
    server.expect(requestTo(URL)).andRespond(withSuccess(PAID, MediaType.APPLICATION_JSON));

    // when / then
    assertThat(client.pay(INSTRUCTION).transactionReference()).isEqualTo("ZF2026031500000001");
  }

  @Test
  void shouldThrowPaymentRejectedForARefusal() {
    // given
    server
        .expect(requestTo(URL))
        .andRespond(
            withStatus(HttpStatus.UNPROCESSABLE_ENTITY)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(
                    """
                    {"type": "urn:tongxing:problem:payment-rejected", "status": 422,
                     "detail": "Expected the treasury to pay 'JY-2026-0001-SUBSIDY', but no",
                     "reason": "account-frozen", "reasonText": "收款账户已冻结"}
                    """));

    // when
    PaymentRejectedException rejection =
        catchThrowableOfType(PaymentRejectedException.class, () -> client.pay(INSTRUCTION));

    // then
    assertThat(rejection.reason()).isEqualTo("account-frozen");
    assertThat(rejection.reasonText()).isEqualTo("收款账户已冻结");
    assertThat(rejection).hasMessage("Expected the treasury to pay 'JY-2026-0001-SUBSIDY', but no");
  }

  @Test
  void shouldTakeA422WithoutTheRejectionTypeForAFault() {
    // given a gateway's 422 that is not the treasury's refusal
    server
        .expect(requestTo(URL))
        .andRespond(withStatus(HttpStatus.UNPROCESSABLE_ENTITY).contentType(MediaType.TEXT_HTML));

    // when / then
    assertThatThrownBy(() -> client.pay(INSTRUCTION))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessage(
            "Expected 200, 201 or a payment-rejected 422 from POST %s for payment"
                + " 'JY-2026-0001-SUBSIDY', but got 422 UNPROCESSABLE_ENTITY",
            URL);
  }

  @Test
  void shouldTakeAConflictForAnInvalidRequest() {
    // given
    server
        .expect(requestTo(URL))
        .andRespond(
            withStatus(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(
                    """
                    {"type": "urn:tongxing:problem:idempotency-conflict", "status": 409,
                     "detail": "but amount was 4800.00 (first: 3600.00)",
                     "mismatches": ["amount"]}
                    """));

    // when / then
    assertThatThrownBy(() -> client.pay(INSTRUCTION))
        .isInstanceOf(BureauRequestInvalidException.class)
        .hasMessage(
            "Expected the treasury payment system to accept POST %s for payment"
                + " 'JY-2026-0001-SUBSIDY', but it answered 409 CONFLICT: but amount was 4800.00"
                + " (first: 3600.00)",
            URL);
  }

  @Test
  void shouldTakeABadRequestForAnInvalidRequest() {
    // given
    server
        .expect(requestTo(URL))
        .andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN));

    // when / then
    assertThatThrownBy(() -> client.pay(INSTRUCTION))
        .isInstanceOf(BureauRequestInvalidException.class)
        .hasMessageEndingWith("answered 400 BAD_REQUEST: (no problem details)");
  }

  @Test
  void shouldFailWhenTheTreasuryIsUnavailable() {
    // given
    server.expect(requestTo(URL)).andRespond(withServiceUnavailable());

    // when / then
    assertThatThrownBy(() -> client.pay(INSTRUCTION))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessageEndingWith("but got 503 SERVICE_UNAVAILABLE");
  }

  @Test
  void shouldFailOnATimeoutSayingWhichPayment() {
    // given
    server
        .expect(requestTo(URL))
        .andRespond(withException(new SocketTimeoutException("timed out")));

    // when / then
    assertThatThrownBy(() -> client.pay(INSTRUCTION))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessage(
            "Expected the treasury payment system at %s to answer for payment"
                + " 'JY-2026-0001-SUBSIDY', but SocketTimeoutException: timed out",
            BASE_URL);
  }

  @Test
  void shouldFailOnAnAnswerThatIsNotAPayment() {
    // given
    server
        .expect(requestTo(URL))
        .andRespond(
            withStatus(HttpStatus.CREATED)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"paymentId\": \"JY-2026-0001-SUBSIDY\", \"status\": \"PENDING\"}"));

    // when / then
    assertThatThrownBy(() -> client.pay(INSTRUCTION))
        .isInstanceOf(BureauUnavailableException.class)
        .hasMessageStartingWith(
            "Expected a PAID payment with a transaction reference from POST " + URL);
  }
}
