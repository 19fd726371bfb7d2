package org.tongxing.workers.bureau.dpf;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.tongxing.workers.bureau.BureauConnection;
import org.tongxing.workers.bureau.BureauRequestInvalidException;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * The DPF's registry of designated rehabilitation institutions (or its sandbox): {@code GET
 * {base}/designated-institutions/{code}}, {@code GET {base}/designated-institutions?ownership=…},
 * {@code POST {base}/designated-institutions/{code}/decisions}.
 */
public class DesignatedInstitutionClient {

  /** The problem type of "no such institution" (any other 404 is a fault). */
  public static final String INSTITUTION_NOT_FOUND = "urn:tongxing:problem:institution-not-found";

  private final BureauConnection connection;

  public DesignatedInstitutionClient(BureauConnection connection) {
    this.connection = connection;
  }

  /**
   * @return the institution, or empty when the registry has none with this code
   * @throws BureauUnavailableException if the registry cannot answer
   */
  public Optional<DesignatedInstitutionRecord> findInstitution(String creditCode) {
    return connection.getOne(
        "/designated-institutions/{code}",
        DesignatedInstitutionRecord.class,
        INSTITUTION_NOT_FOUND,
        creditCode);
  }

  /**
   * @param ownership {@code public} or {@code private}
   * @throws BureauUnavailableException if the registry cannot answer
   */
  public List<DesignatedInstitutionRecord> listInstitutions(String ownership) {
    return connection.getList(
        "/designated-institutions",
        uri -> uri.queryParam("ownership", ownership),
        new ParameterizedTypeReference<>() {});
  }

  /**
   * Sends an accreditation decision; the registry applies a decision id once.
   *
   * @param decision the body the registry documents (decisionId, kind, effectiveOn, reason, ...)
   * @throws BureauRequestInvalidException if the institution's status does not allow the decision
   * @throws BureauUnavailableException if the registry cannot answer
   */
  public DesignatedInstitutionRecord recordDecision(String creditCode, Map<String, Object> decision) {
    return connection.post(
        "/designated-institutions/{code}/decisions",
        decision,
        DesignatedInstitutionRecord.class,
        creditCode);
  }

  /** Base URL of the next call; for diagnostics and tests. */
  public String baseUrl() {
    return connection.baseUrl();
  }
}
