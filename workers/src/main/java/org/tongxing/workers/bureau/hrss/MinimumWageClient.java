package org.tongxing.workers.bureau.hrss;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauEndpoints;
import org.tongxing.workers.bureau.BureauJsonClient;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Reads local monthly minimum wages from HRSS (人社 当地月最低工资标准): {@code GET
 * {baseUrl}/minimum-wages?regionCode=&year=}; configured by {@code
 * tongxing.bureau.hrss-minimum-wages.*}.
 */
@Component
public class MinimumWageClient {

  public static final String NOT_FOUND = "urn:tongxing:problem:minimum-wage-not-found";

  private final BureauJsonClient client;

  @Autowired
  public MinimumWageClient(BureauEndpoints endpoints) {
    this(endpoints.client("hrss-minimum-wages", "HRSS minimum wage system", "/sandbox/hrss"));
  }

  public MinimumWageClient(BureauJsonClient client) {
    this.client = client;
  }

  /**
   * @return the standard, or empty if HRSS has none for that county and year
   * @throws BureauUnavailableException if the system gives no answer within its contract
   */
  public Optional<MinimumWage> findMinimumWage(String regionCode, int year) {
    return client.find(
        MinimumWage.class,
        NOT_FOUND,
        "for region '%s' in %d".formatted(regionCode, year),
        "/minimum-wages?regionCode={regionCode}&year={year}",
        regionCode,
        year);
  }
}
