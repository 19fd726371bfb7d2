package org.tongxing.workers.bureau.civilaffairs;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauSystem;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Looks up social organisations in civil affairs' register (民政 社会组织登记): {@code GET
 * {baseUrl}/social-organisations/{creditCode}}; configured by {@code
 * tongxing.bureau.civil-affairs-social-organisations.*}.
 */
@Component
public class SocialOrganisationClient {

  public static final BureauSystem SYSTEM =
      new BureauSystem(
          "civil-affairs-social-organisations",
          "civil affairs social organisation register",
          "/sandbox/civil-affairs");

  public static final String NOT_FOUND = "urn:tongxing:problem:social-organisation-not-found";

  private final BureauClient client;

  @Autowired
  public SocialOrganisationClient(BureauClients clients) {
    this(clients.open(SYSTEM));
  }

  public SocialOrganisationClient(BureauClient client) {
    this.client = client;
  }

  /**
   * @return the organisation, or empty if civil affairs has none with this code
   * @throws BureauUnavailableException if the system gives no answer within its contract
   */
  public Optional<SocialOrganisation> findOrganisation(String creditCode) {
    return client
        .get("/social-organisations/{creditCode}", creditCode)
        .about("for credit code '%s'".formatted(creditCode))
        .outcome(HttpStatus.NOT_FOUND, NOT_FOUND)
        .find(SocialOrganisation.class);
  }
}
