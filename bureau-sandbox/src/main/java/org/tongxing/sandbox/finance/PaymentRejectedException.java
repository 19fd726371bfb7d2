package org.tongxing.sandbox.finance;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.tongxing.sandbox.SandboxProblemException;

/**
 * The treasury refuses an instruction (a business outcome, not a fault): 422 problem JSON of type
 * {@value #TYPE_URN} with {@code reason} (a {@link RejectionReason} code) and {@code reasonText}
 * (Chinese). Nothing is paid and nothing is recorded, so a corrected instruction may use the same
 * paymentId.
 */
public class PaymentRejectedException extends SandboxProblemException {

  public static final String TYPE_URN = "urn:tongxing:problem:payment-rejected";

  PaymentRejectedException(String paymentId, RejectionReason reason, String reasonText) {
    super(
        HttpStatus.UNPROCESSABLE_ENTITY,
        URI.create(TYPE_URN),
        "支付被拒绝 (payment rejected)",
        "Expected the treasury to pay '%s', but it refused: %s (%s)"
            .formatted(paymentId, reasonText, reason.code()),
        Map.of("paymentId", paymentId, "reason", reason.code(), "reasonText", reasonText));
  }
}
