package org.tongxing.workers.bureau.finance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * A payment instruction to the treasury; also the process variable {@code payment} that the BPMN
 * task of {@code finance-make-payment} passes by input mapping (TEAM.md "Shared job contracts").
 *
 * @param paymentId the idempotency key, unique per payment, for example applicationId + "-" +
 *     purpose code: the treasury pays one paymentId once
 * @param payeeAccount bank account number, 16 to 19 digits
 * @param payeeBank optional
 * @param amount yuan, more than 0, at most 2 decimals
 * @param purpose in Chinese
 * @param policyClause for example {@code item 1.4}
 * @param caseId the application id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentInstruction(
    String paymentId,
    String payeeName,
    String payeeAccount,
    String payeeBank,
    BigDecimal amount,
    String purpose,
    String policyClause,
    String caseId) {}
