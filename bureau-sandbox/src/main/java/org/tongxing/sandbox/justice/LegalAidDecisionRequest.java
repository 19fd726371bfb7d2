package org.tongxing.sandbox.justice;

/**
 * Body of {@code PUT /sandbox/justice/legal-aid-applications/{applicationNumber}/decision}.
 *
 * @param decision {@code GRANTED} or {@code REFUSED}
 * @param reason why; required when refused (法律援助法 第四十三条: 书面告知申请人，并说明理由)
 * @param provider who gives the aid (lawyer, law firm or legal aid centre); required when granted
 * @param decidedBy the official who decided
 */
public record LegalAidDecisionRequest(
    String decision, String reason, String provider, String decidedBy) {}
