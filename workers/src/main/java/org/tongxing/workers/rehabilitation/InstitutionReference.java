package org.tongxing.workers.rehabilitation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A rehabilitation institution as a process names it (process variable {@code institution}).
 *
 * @param unifiedSocialCreditCode its legal-person identity and the registry's key
 * @param medicalLicenceNumber the licence it declared, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InstitutionReference(
    String unifiedSocialCreditCode, String name, String medicalLicenceNumber) {}
