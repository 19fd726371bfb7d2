package org.tongxing.workers.bureau.civilaffairs;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauEndpoints;
import org.tongxing.workers.bureau.BureauJsonClient;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Looks up social organisations in civil affairs' register (民政 社会组织登记): {@code GET
 * {baseUrl}/social-organisations/{creditCode}}; configured by {@code
 * tongxing.bureau.civil-affairs-social-organisations.*}.
 */
@Component
public class SocialOrganisationClient {

  public static final String NOT_FOUND = "urn:tongxing:problem:social-organisation-not-found";

  private final BureauJsonClient client;

  @Autowired
  public SocialOrganisationClient(BureauEndpoints endpoints) {
    this(
        endpoints.client(
            "civil-affairs-social-organisations",
            "civil affairs social organisation register",
            "/sandbox/civil-affairs"));
  }

  public SocialOrganisationClient(BureauJsonClient client) {
    this.client = client;
  }

  /**
   * @return the organisation, or empty if civil affairs has none with this code
   * @throws BureauUnavailableException if the system gives no answer within its contract
   */
  public Optional<SocialOrganisation> findOrganisation(String creditCode) {
    return client.find(
        SocialOrganisation.class,
        NOT_FOUND,
        "for credit code '%s'".formatted(creditCode),
        "/social-organisations/{creditCode}",
        creditCode);
  }
}
