package org.tongxing.workers.bureau.finance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;
import org.tongxing.workers.bureau.BureauRequestInvalidException;
import org.tongxing.workers.bureau.BureauRestClients;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Pays through the Finance Bureau's treasury payment system (国库集中支付, or its sandbox): {@code
 * POST {baseUrl}/payments}.
 *
 * <p>Contract: 201 with the payment, or 200 with the payment made before under the same paymentId
 * (so a repeated call never pays twice); 422 problem JSON of type {@value #PAYMENT_REJECTED} when
 * the treasury refuses; 409 of type {@value #IDEMPOTENCY_CONFLICT} when the paymentId was paid
 * with other content; 400 when the instruction breaks the contract. Anything else is a technical
 * failure.
 */
public class FinancePaymentClient {

  public static final String PAYMENT_REJECTED = "urn:tongxing:problem:payment-rejected";
  public static final String IDEMPOTENCY_CONFLICT = "urn:tongxing:problem:idempotency-conflict";

  private final RestClient restClient;
  private final Supplier<String> baseUrl;

  /**
   * @param baseUrl read on every call, because the sandbox's port is known only once the app's web
   *     server has started
   */
  public FinancePaymentClient(RestClient restClient, Supplier<String> baseUrl) {
    this.restClient = restClient;
    this.baseUrl = baseUrl;
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
    String base = baseUrl.get();
    try {
      return restClient
          .post()
          .uri(base + "/payments")
          .contentType(MediaType.APPLICATION_JSON)
          .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
          .body(instruction)
          .exchange((request, response) -> read(request.getURI(), instruction, response));
    } catch (RestClientException e) {
      // I/O errors (connection refused, timeouts) and unreadable bodies
      throw new BureauUnavailableException(
          "Expected the treasury payment system at %s to answer for payment '%s', but %s"
              .formatted(base, instruction.paymentId(), BureauRestClients.describe(e)),
          e);
    }
  }

  /** Base URL of the next call; for diagnostics and tests. */
  public String baseUrl() {
    return baseUrl.get();
  }

  private static Payment read(
      URI uri, PaymentInstruction instruction, ConvertibleClientHttpResponse response)
      throws IOException {
    HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
    if (status == HttpStatus.CREATED || status == HttpStatus.OK) {
      Payment payment = response.bodyTo(Payment.class);
      if (payment == null
          || payment.transactionReference() == null
          || !Payment.PAID.equals(payment.status())) {
        throw new BureauUnavailableException(
            ("Expected a PAID payment with a transaction reference from POST %s for payment '%s',"
                    + " but got %s")
                .formatted(uri, instruction.paymentId(), payment));
      }
      return payment;
    }
    Optional<PaymentProblem> problem =
        status == null
            ? Optional.empty()
            : BureauRestClients.problem(response, PaymentProblem.class);
    if (status == HttpStatus.UNPROCESSABLE_ENTITY
        && problem.filter(p -> PAYMENT_REJECTED.equals(p.type())).isPresent()) {
      throw new PaymentRejectedException(
          problem.get().detail(), problem.get().reason(), problem.get().reasonText());
    }
    if (status == HttpStatus.BAD_REQUEST
        || (status == HttpStatus.CONFLICT
            && problem.filter(p -> IDEMPOTENCY_CONFLICT.equals(p.type())).isPresent())) {
      throw new BureauRequestInvalidException(
          "Expected the treasury to accept payment '%s', but POST %s answered %s: %s"
              .formatted(
                  instruction.paymentId(),
                  uri,
                  response.getStatusCode(),
                  problem.map(PaymentProblem::detail).orElse("(no problem details)")));
    }
    throw new BureauUnavailableException(
        "Expected 201, 200 or a problem of the contract from POST %s for payment '%s', but got %s"
            .formatted(uri, instruction.paymentId(), response.getStatusCode()));
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record PaymentProblem(String type, String detail, String reason, String reasonText) {}
}
