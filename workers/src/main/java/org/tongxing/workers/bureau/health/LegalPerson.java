package org.tongxing.workers.bureau.health;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * A legal person's registration as the health commission's licensing system answers it (item 5.2).
 *
 * @param legalPersonType public-institution, private-non-enterprise, enterprise or
 *     social-organization
 * @param status {@value #ACTIVE} (存续), {@code DEREGISTERED} (注销) or {@code REVOKED} (吊销)
 * @param establishedOn 成立日期
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LegalPerson(
    String unifiedSocialCreditCode,
    String name,
    String legalPersonType,
    String legalPersonTypeName,
    String county,
    LocalDate establishedOn,
    String status,
    String statusName,
    String legalRepresentative,
    String registrationAuthority) {

  public static final String ACTIVE = "ACTIVE";
}
