package org.tongxing.workers.bureau.dpf;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauRequestInvalidException;
import org.tongxing.workers.bureau.BureauSystem;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * The DPF's registry of designated rehabilitation institutions (or its sandbox): {@code GET
 * {base}/designated-institutions/{code}}, {@code GET {base}/designated-institutions?ownership=…},
 * {@code POST {base}/designated-institutions/{code}/decisions}; configured by {@code
 * tongxing.bureau.dpf-rehabilitation.*}.
 */
@Component
public class DesignatedInstitutionClient {

  /** The DPF's rehabilitation system, which keeps the registry and the training records. */
  public static final BureauSystem SYSTEM =
      new BureauSystem(
          "dpf-rehabilitation",
          "DPF rehabilitation system (designated institutions, training records)",
          "/sandbox/dpf");

  /** The problem type of "no such institution" (any other 404 is a fault). */
  public static final String INSTITUTION_NOT_FOUND = "urn:tongxing:problem:institution-not-found";

  private final BureauClient client;

  @Autowired
  public DesignatedInstitutionClient(BureauClients clients) {
    this(clients.open(SYSTEM));
  }

  public DesignatedInstitutionClient(BureauClient client) {
    this.client = client;
  }

  /**
   * @return the institution, or empty when the registry has none with this code
   * @throws BureauUnavailableException if the registry cannot answer
   */
  public Optional<DesignatedInstitutionRecord> findInstitution(String creditCode) {
    return client
        .get("/designated-institutions/{code}", creditCode)
        .about("for institution '%s'".formatted(creditCode))
        .outcome(HttpStatus.NOT_FOUND, INSTITUTION_NOT_FOUND)
        .find(DesignatedInstitutionRecord.class);
  }

  /**
   * @param ownership {@code public} or {@code private}
   * @throws BureauUnavailableException if the registry cannot answer
   */
  public List<DesignatedInstitutionRecord> listInstitutions(String ownership) {
    return client
        .get("/designated-institutions")
        .query("ownership", ownership)
        .about("for the %s institutions".formatted(ownership))
        .fetch(new ParameterizedTypeReference<>() {});
  }

  /**
   * Sends an accreditation decision; the registry applies a decision id once.
   *
   * @param decision the body the registry documents (decisionId, kind, effectiveOn, reason, ...)
   * @throws BureauRequestInvalidException if the institution's status does not allow the decision
   * @throws BureauUnavailableException if the registry cannot answer
   */
  public DesignatedInstitutionRecord recordDecision(
      String creditCode, Map<String, Object> decision) {
    return client
        .post("/designated-institutions/{code}/decisions", decision, creditCode)
        .about(
            "for decision '%s' on institution '%s'"
                .formatted(decision.get("decisionId"), creditCode))
        .refusal(HttpStatus.CONFLICT)
        .fetch(DesignatedInstitutionRecord.class);
  }

  /** Base URL of the next call; for diagnostics and tests. */
  public String baseUrl() {
    return client.baseUrl();
  }
}
