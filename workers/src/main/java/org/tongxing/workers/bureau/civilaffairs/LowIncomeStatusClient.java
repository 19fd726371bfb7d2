package org.tongxing.workers.bureau.civilaffairs;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauEndpoints;
import org.tongxing.workers.bureau.BureauJsonClient;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Reads low-income status from civil affairs (民政 低保 / 低保边缘): {@code GET
 * {baseUrl}/low-income-status/{idNumber}?on=}; configured by {@code
 * tongxing.bureau.civil-affairs-low-income.*}.
 */
@Component
public class LowIncomeStatusClient {

  private final BureauJsonClient client;

  @Autowired
  public LowIncomeStatusClient(BureauEndpoints endpoints) {
    this(
        endpoints.client(
            "civil-affairs-low-income",
            "civil affairs low-income registry",
            "/sandbox/civil-affairs"));
  }

  public LowIncomeStatusClient(BureauJsonClient client) {
    this.client = client;
  }

  /**
   * @return the status on the day; {@code none} for anybody not in a low-income household
   * @throws BureauUnavailableException if the system gives no answer within its contract
   */
  public LowIncomeStatus getStatus(String idNumber, LocalDate on) {
    return client.get(
        LowIncomeStatus.class,
        "for ID number '%s' on %s".formatted(idNumber, on),
        "/low-income-status/{idNumber}?on={on}",
        idNumber,
        on);
  }
}
