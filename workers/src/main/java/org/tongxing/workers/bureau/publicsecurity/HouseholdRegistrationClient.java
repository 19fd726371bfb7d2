package org.tongxing.workers.bureau.publicsecurity;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauSystem;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Looks up household registrations in the public security system (公安 户籍): {@code GET
 * {baseUrl}/household-registrations/{idNumber}}; configured by {@code
 * tongxing.bureau.public-security-households.*}.
 */
@Component
public class HouseholdRegistrationClient {

  public static final BureauSystem SYSTEM =
      new BureauSystem(
          "public-security-households",
          "public security household registration system",
          "/sandbox/public-security");

  public static final String NOT_FOUND = "urn:tongxing:problem:household-registration-not-found";

  private final BureauClient client;

  @Autowired
  public HouseholdRegistrationClient(BureauClients clients) {
    this(clients.open(SYSTEM));
  }

  public HouseholdRegistrationClient(BureauClient client) {
    this.client = client;
  }

  /**
   * @return the registration, active or cancelled, or empty if there is none anywhere in China
   * @throws BureauUnavailableException if the system gives no answer within its contract
   */
  public Optional<HouseholdRegistration> findRegistration(String idNumber) {
    return client
        .get("/household-registrations/{idNumber}", idNumber)
        .about("for ID number '%s'".formatted(idNumber))
        .outcome(HttpStatus.NOT_FOUND, NOT_FOUND)
        .find(HouseholdRegistration.class);
  }
}
