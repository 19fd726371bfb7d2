package org.tongxing.workers.bureau.health;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauSystem;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * The health commission's licensing system (or its sandbox): {@code GET
 * {base}/legal-persons/{code}} and {@code GET
 * {base}/medical-institution-licences?unifiedSocialCreditCode=…}; configured by {@code
 * tongxing.bureau.health.*}.
 */
@Component
public class HealthClient {

  public static final BureauSystem SYSTEM =
      new BureauSystem("health", "health commission's licensing system", "/sandbox/health");

  /** The problem type of "no such legal person" (any other 404 is a fault). */
  public static final String LEGAL_PERSON_NOT_FOUND = "urn:tongxing:problem:legal-person-not-found";

  private final BureauClient client;

  @Autowired
  public HealthClient(BureauClients clients) {
    this(clients.open(SYSTEM));
  }

  public HealthClient(BureauClient client) {
    this.client = client;
  }

  /**
   * @return the registration, or empty when no legal person has this code
   * @throws BureauUnavailableException if the system cannot answer
   */
  public Optional<LegalPerson> findLegalPerson(String creditCode) {
    return client
        .get("/legal-persons/{code}", creditCode)
        .about("for legal person '%s'".formatted(creditCode))
        .outcome(HttpStatus.NOT_FOUND, LEGAL_PERSON_NOT_FOUND)
        .find(LegalPerson.class);
  }

  /**
   * @return every licence the institution held or holds; empty for none
   * @throws BureauUnavailableException if the system cannot answer
   */
  public List<MedicalInstitutionLicence> licences(String creditCode) {
    return client
        .get("/medical-institution-licences")
        .query("unifiedSocialCreditCode", creditCode)
        .about("for the licences of '%s'".formatted(creditCode))
        .fetch(new ParameterizedTypeReference<>() {});
  }
}
