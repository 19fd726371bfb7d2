package org.tongxing.workers.bureau.finance;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauAnswer;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauRequestInvalidException;
import org.tongxing.workers.bureau.BureauSystem;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Pays through the Finance Bureau's treasury payment system (国库集中支付, or its sandbox): {@code POST
 * {baseUrl}/payments}; configured by {@code tongxing.bureau.finance-payments.*}.
 *
 * <p>Contract: 201 with the payment, or 200 with the payment made before under the same paymentId
 * (so a repeated call never pays twice); 422 problem JSON of type {@value #PAYMENT_REJECTED} when
 * the treasury refuses; 409 of type {@value #IDEMPOTENCY_CONFLICT} when the paymentId was paid with
 * other content; 400 when the instruction breaks the contract. Anything else is a technical
 * failure.
 */
@Component
public class FinancePaymentClient {

  /**
   * The treasury, waiting 10 s for an answer unless configured otherwise: after a timeout the
   * payment may have been made, and the retried job asks again under the same paymentId.
   */
  public static final BureauSystem SYSTEM =
      new BureauSystem(
          "finance-payments",
          "treasury payment system",
          "/sandbox/finance",
          Duration.ofSeconds(10));

  public static final String PAYMENT_REJECTED = "urn:tongxing:problem:payment-rejected";
  public static final String IDEMPOTENCY_CONFLICT = "urn:tongxing:problem:idempotency-conflict";

  private final BureauClient client;

  @Autowired
  public FinancePaymentClient(BureauClients clients) {
    this(clients.open(SYSTEM));
  }

  public FinancePaymentClient(BureauClient client) {
    this.client = client;
  }

  /**
   * Pays the instruction, or answers the payment made before under its paymentId.
   *
   * @throws PaymentRejectedException if the treasury refuses to pay
   * @throws BureauRequestInvalidException if the instruction breaks the contract or its paymentId
   *     was paid with other content
   * @throws BureauUnavailableException if the system cannot be reached, is too slow, or answers
   *     outside its contract; whether it paid is then unknown, and repeating the call is safe
   */
  public Payment pay(PaymentInstruction instruction) {
    BureauAnswer<Payment> answer =
        client
            .post("/payments", instruction)
            .about("for payment '%s'".formatted(instruction.paymentId()))
            .outcome(HttpStatus.UNPROCESSABLE_ENTITY, PAYMENT_REJECTED)
            .refusal(HttpStatus.CONFLICT, IDEMPOTENCY_CONFLICT)
            .answer(Payment.class);
    if (answer.isProblem()) {
      throw new PaymentRejectedException(
          answer.problem().detail(),
          answer.problemMember("reason"),
          answer.problemMember("reasonText"));
    }
    Payment payment = answer.value();
    if (payment.transactionReference() == null || !Payment.PAID.equals(payment.status())) {
      throw new BureauUnavailableException(
          ("Expected a PAID payment with a transaction reference from POST %s for payment '%s',"
                  + " but got %s")
              .formatted(answer.uri(), instruction.paymentId(), payment));
    }
    return payment;
  }

  /** Base URL of the next call; for diagnostics and tests. */
  public String baseUrl() {
    return client.baseUrl();
  }
}
