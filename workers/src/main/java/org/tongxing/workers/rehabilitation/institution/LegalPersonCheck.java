package org.tongxing.workers.rehabilitation.institution;

import org.tongxing.workers.bureau.health.LegalPerson;
import org.tongxing.workers.rehabilitation.IsoDates;

/**
 * An institution's legal-person registration (process variable {@code legalPerson}), item 5.2:
 * 事业单位、民办非企业单位或企业 with legal-person status, open for at least a year.
 *
 * @param active whether the registration is 存续 (not deregistered or revoked)
 * @param nameMatches whether the registered name is the one the application gives
 */
public record LegalPersonCheck(
    String unifiedSocialCreditCode,
    String name,
    boolean nameMatches,
    String legalPersonType,
    String legalPersonTypeName,
    boolean active,
    String status,
    String statusName,
    String establishedOn,
    String legalRepresentative,
    String registrationAuthority) {

  static LegalPersonCheck of(LegalPerson person, String declaredName) {
    return new LegalPersonCheck(
        person.unifiedSocialCreditCode(),
        person.name(),
        declaredName == null || declaredName.strip().equals(person.name()),
        person.legalPersonType(),
        person.legalPersonTypeName(),
        LegalPerson.ACTIVE.equals(person.status()),
        person.status(),
        person.statusName(),
        IsoDates.format(person.establishedOn()),
        person.legalRepresentative(),
        person.registrationAuthority());
  }
}
