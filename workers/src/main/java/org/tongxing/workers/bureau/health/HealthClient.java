package org.tongxing.workers.bureau.health;

import java.util.List;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.tongxing.workers.bureau.BureauConnection;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * The health commission's licensing system (or its sandbox): {@code GET
 * {base}/legal-persons/{code}} and {@code GET
 * {base}/medical-institution-licences?unifiedSocialCreditCode=…}.
 */
public class HealthClient {

  /** The problem type of "no such legal person" (any other 404 is a fault). */
  public static final String LEGAL_PERSON_NOT_FOUND =
      "urn:tongxing:problem:legal-person-not-found";

  private final BureauConnection connection;

  public HealthClient(BureauConnection connection) {
    this.connection = connection;
  }

  /**
   * @return the registration, or empty when no legal person has this code
   * @throws BureauUnavailableException if the system cannot answer
   */
  public Optional<LegalPerson> findLegalPerson(String creditCode) {
    return connection.getOne(
        "/legal-persons/{code}", LegalPerson.class, LEGAL_PERSON_NOT_FOUND, creditCode);
  }

  /**
   * @return every licence the institution held or holds; empty for none
   * @throws BureauUnavailableException if the system cannot answer
   */
  public List<MedicalInstitutionLicence> licences(String creditCode) {
    return connection.getList(
        "/medical-institution-licences",
        uri -> uri.queryParam("unifiedSocialCreditCode", creditCode),
        new ParameterizedTypeReference<>() {});
  }
}
