package org.tongxing.sandbox.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.tongxing.sandbox.Vocabulary;

/**
 * A legal person's registration as the health commission's licensing system reads it from the
 * registration authorities (编办 for 事业单位, 民政 for 民办非企业单位, 市场监管 for 企业), item 5.2.
 *
 * @param legalPersonType public-institution (事业单位), private-non-enterprise (民办非企业单位), enterprise
 *     (企业) or social-organization (社会团体)
 * @param establishedOn 成立日期: when it was registered, the start of item 5.2's "open for at least one
 *     year"
 * @param deregisteredOn when it was deregistered or revoked, or {@code null}
 */
public record LegalPerson(
    String unifiedSocialCreditCode,
    String name,
    String legalPersonType,
    String county,
    LocalDate establishedOn,
    LegalPersonStatus status,
    String legalRepresentative,
    String registrationAuthority,
    String address,
    LocalDate deregisteredOn) {

  public LegalPerson {
    Vocabulary.LEGAL_PERSON_TYPE.require(legalPersonType);
  }

  @JsonProperty("legalPersonTypeName")
  public String legalPersonTypeName() {
    return Vocabulary.LEGAL_PERSON_TYPE.nameOf(legalPersonType);
  }

  @JsonProperty("statusName")
  public String statusName() {
    return status.chineseName();
  }
}
