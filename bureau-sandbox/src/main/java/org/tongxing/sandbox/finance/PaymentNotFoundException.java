package org.tongxing.sandbox.finance;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.tongxing.sandbox.SandboxProblemException;

/** No payment has this paymentId: 404 problem JSON of type {@value #TYPE_URN}. */
public class PaymentNotFoundException extends SandboxProblemException {

  public static final String TYPE_URN = "urn:tongxing:problem:payment-not-found";

  PaymentNotFoundException(String paymentId) {
    super(
        HttpStatus.NOT_FOUND,
        URI.create(TYPE_URN),
        "查无此笔支付 (payment not found)",
        "Expected a payment with paymentId '%s', but the treasury has none".formatted(paymentId),
        Map.of());
  }
}
