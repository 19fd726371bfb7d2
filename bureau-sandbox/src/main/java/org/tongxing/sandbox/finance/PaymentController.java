package org.tongxing.sandbox.finance;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.IdempotentResponses;
import org.tongxing.sandbox.faults.FaultInjector;

/**
 * Simulates the Finance Bureau's treasury payment system (国库集中支付): {@code
 * /sandbox/finance/payments}.
 *
 * <ul>
 *   <li>{@code POST} an instruction: 201 with the payment; 200 with the first payment when its
 *       paymentId was paid before; 409 when that payment had other content; 422 when the treasury
 *       refuses; 400 when the instruction breaks the contract
 *   <li>{@code GET /{paymentId}}: the payment, or 404
 *   <li>{@code GET ?caseId=}: the payments of a case (of all cases without it), oldest first
 * </ul>
 *
 * <p>Every request first passes the faults of {@link BureauSystem#FINANCE_PAYMENTS} (503).
 */
@RestController
@RequestMapping("/sandbox/finance/payments")
@ConditionalOnSandboxEnabled
public class PaymentController {

  private final PaymentLedger ledger;
  private final FaultInjector faults;

  public PaymentController(PaymentLedger ledger, FaultInjector faults) {
    this.ledger = ledger;
    this.faults = faults;
  }

  @PostMapping
  public ResponseEntity<Payment> pay(@RequestBody PaymentInstruction instruction) {
    faults.beforeRequest(BureauSystem.FINANCE_PAYMENTS);
    PaymentLedger.Outcome outcome = ledger.pay(instruction);
    return IdempotentResponses.createdOrRepeated(
        outcome.created(), outcome.payment().paymentId(), outcome.payment());
  }

  @GetMapping("/{paymentId}")
  public Payment getPayment(@PathVariable String paymentId) {
    faults.beforeRequest(BureauSystem.FINANCE_PAYMENTS);
    return ledger.findById(paymentId).orElseThrow(() -> new PaymentNotFoundException(paymentId));
  }

  @GetMapping
  public List<Payment> listPayments(@RequestParam(required = false) String caseId) {
    faults.beforeRequest(BureauSystem.FINANCE_PAYMENTS);
    return ledger.findByCase(caseId);
  }
}
