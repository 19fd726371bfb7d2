package org.tongxing.sandbox.benefits;

import java.math.BigDecimal;

/** Body of {@code PUT /sandbox/dpf/benefits/{scheme}/{subject}/{period}}. */
public record BenefitRecordRequest(String caseId, BigDecimal amount, String description) {}
