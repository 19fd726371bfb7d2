package org.tongxing.sandbox.finance;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class PaymentControllerTest {

  /** Well-known open account of 温州同行制衣有限公司 (bureau-sandbox/README.md). */
  private static final String OPEN_ACCOUNT = "6217001820001234567";

  private static final String EMPLOYER = "温州同行制衣有限公司";

  @Autowired private MockMvc mvc;

  private final String caseId = "JY-2026-" + UUID.randomUUID();

  @AfterEach
  void resetFaults() throws Exception {
    mvc.perform(delete("/sandbox/admin/faults")).andExpect(status().isNoContent());
  }

  @Test
  void shouldPayAndAnswerTheTransactionReference() throws Exception {
    // given
    String paymentId = caseId + "-SUBSIDY";

    // when
    var result = pay(instruction(paymentId, EMPLOYER, OPEN_ACCOUNT, "12345.6"));

    // then
    result
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", endsWith("/sandbox/finance/payments/" + paymentId)))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.paymentId").value(paymentId))
        .andExpect(jsonPath("$.transactionReference").value(matchesPattern("ZF\\d{8}\\d{8}")))
        .andExpect(jsonPath("$.status").value("PAID"))
        .andExpect(jsonPath("$.amount").value(12345.60))
        .andExpect(jsonPath("$.payeeName").value(EMPLOYER))
        .andExpect(jsonPath("$.payeeAccount").value(OPEN_ACCOUNT))
        .andExpect(jsonPath("$.payeeBank").value("中国建设银行温州鹿城支行"))
        .andExpect(jsonPath("$.purpose").value("超比例安排残疾人就业奖励"))
        .andExpect(jsonPath("$.policyClause").value("item 1.5"))
        .andExpect(jsonPath("$.caseId").value(caseId))
        .andExpect(jsonPath("$.paidAt").value(matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*\\+08:00")));
  }

  @Test
  void shouldAnswerTheFirstPaymentWhenThePaymentIdIsPostedAgain() throws Exception {
    // given
    String paymentId = caseId + "-SUBSIDY";
    String first =
        pay(instruction(paymentId, EMPLOYER, OPEN_ACCOUNT, "3600"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();

    // when the same instruction comes again, the amount written differently
    var again = pay(instruction(paymentId, EMPLOYER, OPEN_ACCOUNT, "3600.00"));

    // then
    again.andExpect(status().isOk()).andExpect(content().json(first, true));
    mvc.perform(get("/sandbox/finance/payments").param("caseId", caseId))
        .andExpect(jsonPath("$.length()").value(1));
  }

  @Test
  void shouldAnswerConflictNamingWhatDiffersFromTheFirstInstruction() throws Exception {
    // given
    String paymentId = caseId + "-SUBSIDY";
    pay(instruction(paymentId, EMPLOYER, OPEN_ACCOUNT, "3600")).andExpect(status().isCreated());

    // when
    var result = pay(instruction(paymentId, EMPLOYER, "6222021203001122334", "4800"));

    // then
    result
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:idempotency-conflict"))
        .andExpect(jsonPath("$.status").value(409))
        .andExpect(jsonPath("$.mismatches[0]").value("amount"))
        .andExpect(jsonPath("$.mismatches[1]").value("payeeAccount"))
        .andExpect(jsonPath("$.mismatches.length()").value(2))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    ("Expected payment '%s' to repeat the first request, but amount was 4800.00"
                            + " (first: 3600.00), payeeAccount was '6222021203001122334'"
                            + " (first: '6217001820001234567')")
                        .formatted(paymentId)));
    mvc.perform(get("/sandbox/finance/payments/{id}", paymentId))
        .andExpect(jsonPath("$.amount").value(3600.00));
  }

  @ParameterizedTest
  @CsvSource({
    "6217001820009990001, 温州鹿城旧城五金加工厂, account-closed, 收款账户已销户",
    "6222021203009990002, 林晓燕, account-frozen, 收款账户已冻结",
    "6228480328009990003, 张三, account-not-found, 收款账户不存在",
    "6222021203001122334, 陈建华, payee-name-mismatch, 收款人户名与账户不符"
  })
  void shouldRefuseAWellKnownBadAccountAndRecordNothing(
      String account, String payee, String reason, String reasonText) throws Exception {
    // given
    String paymentId = caseId + "-SUBSIDY";

    // when
    var result = pay(instruction(paymentId, payee, account, "1500"));

    // then
    result
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:payment-rejected"))
        .andExpect(jsonPath("$.title").value("支付被拒绝 (payment rejected)"))
        .andExpect(jsonPath("$.status").value(422))
        .andExpect(jsonPath("$.paymentId").value(paymentId))
        .andExpect(jsonPath("$.reason").value(reason))
        .andExpect(jsonPath("$.reasonText").value(reasonText))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Expected the treasury to pay '%s', but it refused: %s (%s)"
                        .formatted(paymentId, reasonText, reason)));
    mvc.perform(get("/sandbox/finance/payments/{id}", paymentId)).andExpect(status().isNotFound());
  }

  @Test
  void shouldRefuseAnAmountOverThePerPaymentLimit() throws Exception {
    // given the default limit of 1,000,000.00 yuan
    String paymentId = caseId + "-REWARD";

    // when
    var atLimit = pay(instruction(caseId + "-SUBSIDY", EMPLOYER, OPEN_ACCOUNT, "1000000.00"));
    var overLimit = pay(instruction(paymentId, EMPLOYER, OPEN_ACCOUNT, "1000000.01"));

    // then
    atLimit.andExpect(status().isCreated());
    overLimit
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.reason").value("over-payment-limit"))
        .andExpect(jsonPath("$.reasonText").value("超过单笔支付限额（1000000.00 元）"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "6217001820001234567 | 0 | Expected amount (yuan) greater than 0, but was 0",
        "6217001820001234567 | -5 | Expected amount (yuan) greater than 0, but was -5",
        "6217001820001234567 | 100.005 | Expected amount (yuan) with at most 2 decimals, but was"
            + " 100.005",
        "6217 0018 2000 1234 | 100 | Expected payeeAccount of 16 to 19 digits, but was '6217 0018"
            + " 2000 1234'",
        "621700182000123 | 100 | Expected payeeAccount of 16 to 19 digits, but was"
            + " '621700182000123'"
      })
  void shouldRejectAnInstructionThatBreaksTheContract(
      String account, String amount, String expectedDetail) throws Exception {
    // given
    String paymentId = caseId + "-SUBSIDY";

    // when
    var result = pay(instruction(paymentId, EMPLOYER, account, amount));

    // then
    result
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:invalid-request"))
        .andExpect(jsonPath("$.detail").value(expectedDetail + " (payment '" + paymentId + "')"));
  }

  @Test
  void shouldRejectAnInstructionWithoutPayeeOrPaymentId() throws Exception {
    // when
    var withoutPayee =
        pay(
            """
            {"paymentId": "%s-SUBSIDY", "payeeAccount": "%s", "amount": 100,
             "purpose": "补贴", "policyClause": "item 1.4", "caseId": "%s"}
            """
                .formatted(caseId, OPEN_ACCOUNT, caseId));
    var withoutPaymentId =
        pay(
            """
            {"payeeName": "%s", "payeeAccount": "%s", "amount": 100,
             "purpose": "补贴", "policyClause": "item 1.4", "caseId": "%s"}
            """
                .formatted(EMPLOYER, OPEN_ACCOUNT, caseId));

    // then
    withoutPayee
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Expected payeeName of 1 to 200 characters, but was missing (payment '%s')"
                        .formatted(caseId + "-SUBSIDY")));
    withoutPaymentId
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Expected paymentId of 1 to 100 letters, digits or . _ : - (starting with a"
                        + " letter or digit), but was missing"));
  }

  @Test
  void shouldGetAPaymentByIdAndAnswerNotFoundForAnUnknownOne() throws Exception {
    // given
    String paymentId = caseId + "-SUBSIDY";
    pay(instruction(paymentId, EMPLOYER, OPEN_ACCOUNT, "800")).andExpect(status().isCreated());

    // when / then
    mvc.perform(get("/sandbox/finance/payments/{id}", paymentId))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.amount").value(800.00))
        .andExpect(jsonPath("$.status").value("PAID"));
    mvc.perform(get("/sandbox/finance/payments/{id}", caseId + "-UNKNOWN"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:payment-not-found"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Expected a payment with paymentId '%s-UNKNOWN', but the treasury has none"
                        .formatted(caseId)));
  }

  @Test
  void shouldListThePaymentsOfOneCaseOldestFirst() throws Exception {
    // given
    String otherCase = caseId + "-OTHER";
    pay(instruction(caseId + "-SUBSIDY", EMPLOYER, OPEN_ACCOUNT, "100"));
    pay(instruction(otherCase + "-SUBSIDY", EMPLOYER, OPEN_ACCOUNT, "200", otherCase));
    pay(instruction(caseId + "-REWARD", EMPLOYER, OPEN_ACCOUNT, "300"));

    // when
    var result = mvc.perform(get("/sandbox/finance/payments").param("caseId", caseId));

    // then
    result
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].paymentId").value(caseId + "-SUBSIDY"))
        .andExpect(jsonPath("$[1].paymentId").value(caseId + "-REWARD"));
  }

  @Test
  void shouldPayNothingWhileAFaultIsInjected() throws Exception {
    // given
    mvc.perform(
            put("/sandbox/admin/faults")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"system\": \"finance-payments\", \"failNext\": 1}"))
        .andExpect(status().isOk());
    String paymentId = caseId + "-SUBSIDY";

    // when
    var failed = pay(instruction(paymentId, EMPLOYER, OPEN_ACCOUNT, "100"));
    var afterwards = pay(instruction(paymentId, EMPLOYER, OPEN_ACCOUNT, "100"));

    // then
    failed
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:bureau-unavailable"));
    afterwards.andExpect(status().isCreated());
  }

  private ResultActions pay(String body) throws Exception {
    return mvc.perform(
        post("/sandbox/finance/payments").contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private String instruction(String paymentId, String payee, String account, String amount) {
    return instruction(paymentId, payee, account, amount, caseId);
  }

  private static String instruction(
      String paymentId, String payee, String account, String amount, String caseId) {
    return """
        {"paymentId": "%s", "payeeName": "%s", "payeeAccount": "%s",
         "payeeBank": "中国建设银行温州鹿城支行", "amount": %s,
         "purpose": "超比例安排残疾人就业奖励", "policyClause": "item 1.5", "caseId": "%s"}
        """
        .formatted(paymentId, payee, account, amount, caseId);
  }
}
