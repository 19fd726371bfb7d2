package org.tongxing.workers.bureau.civilaffairs;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauSystem;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Reads low-income status from civil affairs (民政 低保 / 低保边缘): {@code GET
 * {baseUrl}/low-income-status/{idNumber}?on=}; configured by {@code
 * tongxing.bureau.civil-affairs-low-income.*}.
 */
@Component
public class LowIncomeStatusClient {

  public static final BureauSystem SYSTEM =
      new BureauSystem(
          "civil-affairs-low-income",
          "civil affairs low-income registry",
          "/sandbox/civil-affairs");

  private final BureauClient client;

  @Autowired
  public LowIncomeStatusClient(BureauClients clients) {
    this(clients.open(SYSTEM));
  }

  public LowIncomeStatusClient(BureauClient client) {
    this.client = client;
  }

  /**
   * @return the status on the day; {@code none} for anybody not in a low-income household
   * @throws BureauUnavailableException if the system gives no answer within its contract
   */
  public LowIncomeStatus getStatus(String idNumber, LocalDate on) {
    return client
        .get("/low-income-status/{idNumber}?on={on}", idNumber, on)
        .about("for ID number '%s' on %s".formatted(idNumber, on))
        .fetch(LowIncomeStatus.class);
  }
}
