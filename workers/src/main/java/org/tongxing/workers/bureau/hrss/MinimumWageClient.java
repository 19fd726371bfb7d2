package org.tongxing.workers.bureau.hrss;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauSystem;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Reads local monthly minimum wages from HRSS (人社 当地月最低工资标准): {@code GET
 * {baseUrl}/minimum-wages?regionCode=&year=}; configured by {@code
 * tongxing.bureau.hrss-minimum-wages.*}.
 */
@Component
public class MinimumWageClient {

  public static final BureauSystem SYSTEM =
      new BureauSystem("hrss-minimum-wages", "HRSS minimum wage system", "/sandbox/hrss");

  public static final String NOT_FOUND = "urn:tongxing:problem:minimum-wage-not-found";

  private final BureauClient client;

  @Autowired
  public MinimumWageClient(BureauClients clients) {
    this(clients.open(SYSTEM));
  }

  public MinimumWageClient(BureauClient client) {
    this.client = client;
  }

  /**
   * @return the standard, or empty if HRSS has none for that county and year
   * @throws BureauUnavailableException if the system gives no answer within its contract
   */
  public Optional<MinimumWage> findMinimumWage(String regionCode, int year) {
    return client
        .get("/minimum-wages?regionCode={regionCode}&year={year}", regionCode, year)
        .about("for region '%s' in %d".formatted(regionCode, year))
        .outcome(HttpStatus.NOT_FOUND, NOT_FOUND)
        .find(MinimumWage.class);
  }
}
