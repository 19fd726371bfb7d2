package org.tongxing.workers.bureau.market;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauSystem;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Looks up market entities in market regulation's registry (市场监管 市场主体登记): {@code GET
 * {baseUrl}/business-registrations/{creditCode}}; configured by {@code
 * tongxing.bureau.market-business-registrations.*}.
 */
@Component
public class BusinessRegistrationClient {

  public static final BureauSystem SYSTEM =
      new BureauSystem(
          "market-business-registrations",
          "market regulation registry",
          "/sandbox/market-regulation");

  public static final String NOT_FOUND = "urn:tongxing:problem:business-not-found";

  private final BureauClient client;

  @Autowired
  public BusinessRegistrationClient(BureauClients clients) {
    this(clients.open(SYSTEM));
  }

  public BusinessRegistrationClient(BureauClient client) {
    this.client = client;
  }

  /**
   * @return the registration, or empty if market regulation has none with this code
   * @throws BureauUnavailableException if the system gives no answer within its contract
   */
  public Optional<BusinessRegistration> findRegistration(String creditCode) {
    return client
        .get("/business-registrations/{creditCode}", creditCode)
        .about("for credit code '%s'".formatted(creditCode))
        .outcome(HttpStatus.NOT_FOUND, NOT_FOUND)
        .find(BusinessRegistration.class);
  }
}
