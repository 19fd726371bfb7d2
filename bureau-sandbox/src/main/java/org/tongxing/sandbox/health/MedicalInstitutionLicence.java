package org.tongxing.sandbox.health;

import java.time.LocalDate;

/**
 * A licence to practise as a medical institution (医疗机构执业许可证); an institution that holds one comes
 * under the health department's management (item 5.2).
 *
 * @param licenceNumber 登记号, 22 characters
 * @param status {@code VALID} or {@code REVOKED}; expiry is {@code validUntil}, read against the
 *     date the caller asks about
 */
public record MedicalInstitutionLicence(
    String licenceNumber,
    String institutionName,
    String unifiedSocialCreditCode,
    String institutionCategory,
    String practiceScope,
    LocalDate validFrom,
    LocalDate validUntil,
    String status,
    String issuingAuthority) {}
