package org.tongxing.workers;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.JsonMapper;
import io.camunda.client.impl.CamundaObjectMapper;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongxing.workers.bureau.finance.PaymentInstruction;
import org.tongxing.workers.bureau.notification.NoticeRequest;
import org.tongxing.workers.notification.NotifyApplicantInput;
import org.tongxing.workers.notification.NotifyApplicantOutput;
import org.tongxing.workers.payment.MakePaymentInput;
import org.tongxing.workers.payment.MakePaymentOutput;

/**
 * The variables of the shared job contracts (TEAM.md) as the Camunda client reads and writes them:
 * {@code finance-make-payment} and {@code notify-applicant}.
 */
class SharedJobContractsVariablesTest {

  private final JsonMapper jsonMapper = new CamundaObjectMapper();

  @Test
  void shouldReadThePaymentVariableOfTheContract() {
    // given the local variable an input mapping creates, among the instance's variables
    String variables =
        """
        {"applicationId": "JY-2026-0001",
         "payment": {"paymentId": "JY-2026-0001-SUBSIDY", "payeeName": "温州同行制衣有限公司",
           "payeeAccount": "6217001820001234567", "payeeBank": null, "amount": 3600.1,
           "purpose": "残疾人就业补贴", "policyClause": "item 1.4", "caseId": "JY-2026-0001"}}
        """;

    // when
    var input = jsonMapper.fromJson(variables, MakePaymentInput.class);

    // then
    assertThat(input.payment())
        .isEqualTo(
            new PaymentInstruction(
                "JY-2026-0001-SUBSIDY",
                "温州同行制衣有限公司",
                "6217001820001234567",
                null,
                new BigDecimal("3600.1"),
                "残疾人就业补贴",
                "item 1.4",
                "JY-2026-0001"));
  }

  @Test
  void shouldWriteTheDocumentedPaymentVariables() {
    // given
    var output = new MakePaymentOutput("ZF2026031500000001", "2026-03-15T10:30:45+08:00", "PAID");

    // when
    Map<String, Object> variables = jsonMapper.fromJsonAsMap(jsonMapper.toJson(output));

    // then
    assertThat(variables)
        .isEqualTo(
            Map.of(
                "paymentReference", "ZF2026031500000001",
                "paidAt", "2026-03-15T10:30:45+08:00",
                "paymentStatus", "PAID"));
  }

  @Test
  void shouldReadTheNoticeVariableOfTheContract() {
    // given
    String variables =
        """
        {"notice": {"caseId": "JY-2026-0001", "recipientName": "陈建国", "channel": "sms",
           "mobile": "13805771234", "subject": "审核结果", "text": "您的申请已通过。",
           "policyClause": "item 1.4"}}
        """;

    // when
    var input = jsonMapper.fromJson(variables, NotifyApplicantInput.class);

    // then
    assertThat(input.notice())
        .isEqualTo(
            new NoticeRequest(
                "JY-2026-0001", "陈建国", "13805771234", "sms", "审核结果", "您的申请已通过。", "item 1.4"));
  }

  @Test
  void shouldWriteTheDocumentedNoticeVariables() {
    // given
    var output = new NotifyApplicantOutput("TZ2026031500000001", "2026-03-15T10:30:45+08:00");

    // when
    Map<String, Object> variables = jsonMapper.fromJsonAsMap(jsonMapper.toJson(output));

    // then
    assertThat(variables)
        .isEqualTo(
            Map.of("noticeId", "TZ2026031500000001", "noticeSentAt", "2026-03-15T10:30:45+08:00"));
  }
}
