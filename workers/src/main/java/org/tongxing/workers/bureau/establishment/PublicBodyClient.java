package org.tongxing.workers.bureau.establishment;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauEndpoints;
import org.tongxing.workers.bureau.BureauJsonClient;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Looks up organs and public institutions in the establishment office's register (市委编办 机构编制):
 * {@code GET {baseUrl}/public-bodies/{creditCode}}; configured by {@code
 * tongxing.bureau.establishment-public-bodies.*}.
 */
@Component
public class PublicBodyClient {

  public static final String NOT_FOUND = "urn:tongxing:problem:public-body-not-found";

  private final BureauJsonClient client;

  @Autowired
  public PublicBodyClient(BureauEndpoints endpoints) {
    this(
        endpoints.client(
            "establishment-public-bodies",
            "establishment office register",
            "/sandbox/establishment"));
  }

  public PublicBodyClient(BureauJsonClient client) {
    this.client = client;
  }

  /**
   * @return the body, or empty if the establishment office has none with this code
   * @throws BureauUnavailableException if the system gives no answer within its contract
   */
  public Optional<PublicBody> findPublicBody(String creditCode) {
    return client.find(
        PublicBody.class,
        NOT_FOUND,
        "for credit code '%s'".formatted(creditCode),
        "/public-bodies/{creditCode}",
        creditCode);
  }
}
