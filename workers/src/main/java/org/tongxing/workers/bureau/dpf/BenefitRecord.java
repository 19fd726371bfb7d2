package org.tongxing.workers.bureau.dpf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;

/** A benefit granted, as the DPF's register (发放台账) answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BenefitRecord(
    String scheme,
    String subject,
    String period,
    String caseId,
    BigDecimal amount,
    String description,
    Instant recordedAt) {}
