package org.tongxing.workers.bureau.publicsecurity;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauEndpoints;
import org.tongxing.workers.bureau.BureauJsonClient;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Looks up household registrations in the public security system (公安 户籍): {@code GET
 * {baseUrl}/household-registrations/{idNumber}}; configured by {@code
 * tongxing.bureau.public-security-households.*}.
 */
@Component
public class HouseholdRegistrationClient {

  public static final String NOT_FOUND = "urn:tongxing:problem:household-registration-not-found";

  private final BureauJsonClient client;

  @Autowired
  public HouseholdRegistrationClient(BureauEndpoints endpoints) {
    this(
        endpoints.client(
            "public-security-households",
            "public security household registration system",
            "/sandbox/public-security"));
  }

  public HouseholdRegistrationClient(BureauJsonClient client) {
    this.client = client;
  }

  /**
   * @return the registration, active or cancelled, or empty if there is none anywhere in China
   * @throws BureauUnavailableException if the system gives no answer within its contract
   */
  public Optional<HouseholdRegistration> findRegistration(String idNumber) {
    return client.find(
        HouseholdRegistration.class,
        NOT_FOUND,
        "for ID number '%s'".formatted(idNumber),
        "/household-registrations/{idNumber}",
        idNumber);
  }
}
