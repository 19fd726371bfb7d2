package org.tongxing.workers.payment;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.exception.CamundaError;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauJobErrors;
import org.tongxing.workers.bureau.BureauRequestInvalidException;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.finance.FinancePaymentClient;
import org.tongxing.workers.bureau.finance.PaymentRejectedException;

/**
 * Pays a subsidy, reward or grant through the Finance Bureau's treasury (job type {@value
 * #JOB_TYPE}; every process's Finance payment task).
 *
 * <p>Reads the local variable {@code payment} {paymentId, payeeName, payeeAccount, payeeBank,
 * amount, purpose, policyClause, caseId}. Completes with {@code paymentReference}, {@code paidAt}
 * and {@code paymentStatus} ({@code PAID}). The paymentId is the treasury's idempotency key: a
 * retried job, or the same paymentId in another job, gets the first payment, never a second one.
 *
 * <ul>
 *   <li>the treasury refuses: BPMN error {@value #PAYMENT_REJECTED}, its message saying why, with
 *       variables {@code paymentStatus} ({@code REJECTED}) and {@code paymentRejection} {paymentId,
 *       reason, reasonText}; catch it with an error boundary event
 *   <li>the instruction is missing or breaks the contract, or its paymentId was paid with other
 *       content: the job fails without retries (an incident at once), since the same instruction
 *       would fail again
 *   <li>the treasury cannot answer: the job fails with one retry less and a back-off of {@code
 *       tongxing.workers.make-payment.retry-backoff} (default 10 s); an incident when none is left
 * </ul>
 */
@Component
public class MakePaymentWorker {

  /** Equal to {@code zeebe:taskDefinition type} of the BPMN task. */
  public static final String JOB_TYPE = "finance-make-payment";

  /** The BPMN error code of a refusal. */
  public static final String PAYMENT_REJECTED = "PAYMENT_REJECTED";

  static final String REJECTED = "REJECTED";

  private final FinancePaymentClient finance;
  private final Duration retryBackoff;

  public MakePaymentWorker(
      FinancePaymentClient finance,
      @Value("${tongxing.workers.make-payment.retry-backoff:10s}") Duration retryBackoff) {
    this.finance = finance;
    this.retryBackoff = retryBackoff;
  }

  @JobWorker(type = JOB_TYPE)
  public MakePaymentOutput makePayment(@VariablesAsType MakePaymentInput input) {
    if (input.payment() == null) {
      throw BureauJobErrors.incidentNow(
          new IllegalArgumentException(
              "Expected a local variable 'payment' {paymentId, payeeName, payeeAccount, amount,"
                  + " purpose, policyClause, caseId} (an input mapping of the task), but the job"
                  + " has none"));
    }
    try {
      return MakePaymentOutput.of(finance.pay(input.payment()));
    } catch (PaymentRejectedException e) {
      throw CamundaError.bpmnError(
          PAYMENT_REJECTED, e.getMessage(), rejectionVariables(input, e), e);
    } catch (BureauRequestInvalidException e) {
      throw BureauJobErrors.incidentNow(e);
    } catch (BureauUnavailableException e) {
      throw BureauJobErrors.retryLater(e, retryBackoff);
    }
  }

  private static Map<String, Object> rejectionVariables(
      MakePaymentInput input, PaymentRejectedException e) {
    // LinkedHashMap: the treasury may leave reasonText out, and Map.of refuses nulls
    Map<String, Object> rejection = new LinkedHashMap<>();
    rejection.put("paymentId", input.payment().paymentId());
    rejection.put("reason", e.reason());
    rejection.put("reasonText", e.reasonText());
    return Map.of("paymentStatus", REJECTED, "paymentRejection", rejection);
  }
}
