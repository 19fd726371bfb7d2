package org.tongxing.app.paths;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongxing.app.TongxingAppTest;

/**
 * The shared jobs {@code finance-make-payment} and {@code notify-applicant} end to end: the
 * official client drives a small process that pays and tells the applicant, the app's own workers
 * call the bureau sandbox, and the test reads back what the treasury paid and what the applicant
 * was told.
 */
@TongxingAppTest
class PaymentAndNoticePathTest {

  /** Well-known accounts of bureau-sandbox/README.md. */
  private static final String OPEN_ACCOUNT = "6217001820001234567";

  private static final String CLOSED_ACCOUNT = "6217001820009990001";
  private static final String EMPLOYER = "温州同行制衣有限公司";

  @Autowired CamundaClient client;
  @LocalServerPort int port;

  private CaseDriver cases;
  private BureauSandbox sandbox;
  private final String processId = "pay-and-notify-" + UUID.randomUUID();
  private final String caseId = "JY-2026-" + UUID.randomUUID();

  @BeforeEach
  void deployTheProcess() {
    cases = new CaseDriver(client);
    sandbox = new BureauSandbox(port);
    client
        .newDeployResourceCommand()
        .addProcessModel(payAndNotify(processId), processId + ".bpmn")
        .send()
        .join();
  }

  @AfterEach
  void resetFaults() {
    sandbox.resetFaults();
  }

  /**
   * Pays the subsidy, then tells the employer; a refusal is caught on the payment task's boundary
   * and the employer is told why. The payment task has one retry, so an outage raises an incident
   * at once.
   */
  private static BpmnModelInstance payAndNotify(String processId) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent()
        .serviceTask(
            "Task_MakePayment",
            t ->
                t.zeebeJobType("finance-make-payment")
                    .zeebeJobRetries("1")
                    .zeebeInputExpression(
                        "{paymentId: applicationId + \"-SUBSIDY\", payeeName: employer.name,"
                            + " payeeAccount: employer.account, amount: subsidy,"
                            + " purpose: \"残疾人就业补贴\", policyClause: \"item 1.4\","
                            + " caseId: applicationId}",
                        "payment"))
        .serviceTask(
            "Task_NotifyPaid",
            t ->
                t.zeebeJobType("notify-applicant")
                    .zeebeInputExpression(
                        notice(
                            "\"补贴 \" + string(subsidy) + \" 元已拨付，交易流水号 \"" + " + paymentReference"),
                        "notice"))
        .endEvent("EndEvent_Paid")
        .moveToActivity("Task_MakePayment")
        .boundaryEvent("Boundary_PaymentRejected", b -> b.error("PAYMENT_REJECTED"))
        .serviceTask(
            "Task_NotifyRejection",
            t ->
                t.zeebeJobType("notify-applicant")
                    .zeebeInputExpression(
                        notice("\"补贴未能拨付：\" + paymentRejection.reasonText"), "notice"))
        .endEvent("EndEvent_PaymentRejected")
        .done();
  }

  private static String notice(String textExpression) {
    return "{caseId: applicationId, recipientName: employer.name, mobile: employer.mobile,"
        + " channel: \"sms\", subject: \"残疾人就业补贴审核结果\", text: "
        + textExpression
        + ", policyClause: \"item 1.4\"}";
  }

  @Test
  void shouldPayTheSubsidyAndTellTheApplicant() {
    // when
    long instanceKey = startCase(EMPLOYER, OPEN_ACCOUNT);

    // then
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(cases.completedEndEvents(instanceKey)).containsExactly("EndEvent_Paid");
    Map<String, String> variables = variables(instanceKey);
    assertThat(variables).containsEntry("paymentStatus", "\"PAID\"");
    String reference = variables.get("paymentReference").replace("\"", "");
    assertThat(reference).matches("ZF\\d{16}");
    assertThat(variables.get("paidAt")).endsWith("+08:00\"");
    assertThat(variables.get("noticeId")).matches("\"TZ\\d{16}\"");
    assertThat(variables).containsKey("noticeSentAt");

    assertThat(sandbox.payments(caseId))
        .singleElement()
        .satisfies(
            payment -> {
              assertThat(payment).containsEntry("paymentId", caseId + "-SUBSIDY");
              assertThat(payment).containsEntry("transactionReference", reference);
              assertThat(payment).containsEntry("amount", 3600.0);
              assertThat(payment).containsEntry("payeeAccount", OPEN_ACCOUNT);
              assertThat(payment).containsEntry("policyClause", "item 1.4");
            });
    assertThat(sandbox.notices(caseId))
        .singleElement()
        .satisfies(
            notice -> {
              assertThat(notice).containsEntry("mobile", "13805771234");
              assertThat(notice).containsEntry("text", "补贴 3600 元已拨付，交易流水号 " + reference);
            });
  }

  @Test
  void shouldCatchARefusalOnTheErrorBoundaryEventAndTellTheApplicantWhy() {
    // when the employer's account is closed
    long instanceKey = startCase("温州鹿城旧城五金加工厂", CLOSED_ACCOUNT);

    // then
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(cases.completedEndEvents(instanceKey)).containsExactly("EndEvent_PaymentRejected");
    Map<String, String> variables = variables(instanceKey);
    assertThat(variables)
        .containsEntry("paymentStatus", "\"REJECTED\"")
        .doesNotContainKey("paymentReference");
    assertThat(variables.get("paymentRejection"))
        .contains("\"reason\":\"account-closed\"")
        .contains("\"reasonText\":\"收款账户已销户\"");
    assertThat(sandbox.payments(caseId)).isEmpty();
    assertThat(sandbox.notices(caseId))
        .singleElement()
        .satisfies(notice -> assertThat(notice).containsEntry("text", "补贴未能拨付：收款账户已销户"));
  }

  @Test
  void shouldRaiseAnIncidentWhileTheTreasuryIsDownAndPayOnceWhenItIsResolved() {
    // given the treasury answers every request with 503
    sandbox.failAlways("finance-payments");
    long instanceKey = startCase(EMPLOYER, OPEN_ACCOUNT);

    // when the payment task's retries run out
    Incident incident = cases.awaitIncident(instanceKey);

    // then an incident names the outage
    assertThat(incident.getElementId()).isEqualTo("Task_MakePayment");
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.JOB_NO_RETRIES);
    assertThat(incident.getErrorMessage()).contains("503 SERVICE_UNAVAILABLE");

    // when the treasury is back (its list answers again: nothing was paid) and an operator
    // retries the job
    sandbox.resetFaults();
    assertThat(sandbox.payments(caseId)).isEmpty();
    cases.retry(incident);

    // then the case goes on and is paid exactly once
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(cases.completedEndEvents(instanceKey)).containsExactly("EndEvent_Paid");
    assertThat(sandbox.payments(caseId)).hasSize(1);
    assertThat(sandbox.notices(caseId)).hasSize(1);
  }

  private long startCase(String payeeName, String account) {
    return cases.start(
        processId,
        Map.of(
            "applicationId",
            caseId,
            "employer",
            Map.of("name", payeeName, "account", account, "mobile", "13805771234"),
            "subsidy",
            3600));
  }

  /** The case's own variables, each value as its JSON text. */
  private Map<String, String> variables(long instanceKey) {
    Map<String, String> variables = new HashMap<>();
    cases.variables(instanceKey).forEach((name, value) -> variables.put(name, value.toString()));
    return variables;
  }
}
