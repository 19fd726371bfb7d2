package org.tongxing.workers.bureau.establishment;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauSystem;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Looks up organs and public institutions in the establishment office's register (市委编办 机构编制):
 * {@code GET {baseUrl}/public-bodies/{creditCode}}; configured by {@code
 * tongxing.bureau.establishment-public-bodies.*}.
 */
@Component
public class PublicBodyClient {

  public static final BureauSystem SYSTEM =
      new BureauSystem(
          "establishment-public-bodies", "establishment office register", "/sandbox/establishment");

  public static final String NOT_FOUND = "urn:tongxing:problem:public-body-not-found";

  private final BureauClient client;

  @Autowired
  public PublicBodyClient(BureauClients clients) {
    this(clients.open(SYSTEM));
  }

  public PublicBodyClient(BureauClient client) {
    this.client = client;
  }

  /**
   * @return the body, or empty if the establishment office has none with this code
   * @throws BureauUnavailableException if the system gives no answer within its contract
   */
  public Optional<PublicBody> findPublicBody(String creditCode) {
    return client
        .get("/public-bodies/{creditCode}", creditCode)
        .about("for credit code '%s'".formatted(creditCode))
        .outcome(HttpStatus.NOT_FOUND, NOT_FOUND)
        .find(PublicBody.class);
  }
}
