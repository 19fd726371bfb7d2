package org.tongxing.workers.payment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.tongxing.workers.bureau.finance.PaymentInstruction;

/**
 * The variables the {@link MakePaymentWorker} reads. The Camunda starter fetches only the variables
 * named by these fields.
 *
 * @param payment the instruction, a local variable of the task by input mapping; null when the
 *     process did not provide it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MakePaymentInput(PaymentInstruction payment) {}
