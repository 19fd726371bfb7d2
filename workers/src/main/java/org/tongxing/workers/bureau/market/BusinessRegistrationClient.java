package org.tongxing.workers.bureau.market;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauEndpoints;
import org.tongxing.workers.bureau.BureauJsonClient;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Looks up market entities in market regulation's registry (市场监管 市场主体登记): {@code GET
 * {baseUrl}/business-registrations/{creditCode}}; configured by {@code
 * tongxing.bureau.market-business-registrations.*}.
 */
@Component
public class BusinessRegistrationClient {

  public static final String NOT_FOUND = "urn:tongxing:problem:business-not-found";

  private final BureauJsonClient client;

  @Autowired
  public BusinessRegistrationClient(BureauEndpoints endpoints) {
    this(
        endpoints.client(
            "market-business-registrations",
            "market regulation registry",
            "/sandbox/market-regulation"));
  }

  public BusinessRegistrationClient(BureauJsonClient client) {
    this.client = client;
  }

  /**
   * @return the registration, or empty if market regulation has none with this code
   * @throws BureauUnavailableException if the system gives no answer within its contract
   */
  public Optional<BusinessRegistration> findRegistration(String creditCode) {
    return client.find(
        BusinessRegistration.class,
        NOT_FOUND,
        "for credit code '%s'".formatted(creditCode),
        "/business-registrations/{creditCode}",
        creditCode);
  }
}
