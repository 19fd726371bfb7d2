package org.tongxing.workers.bureau.insurance;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauSystem;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * The insurers' policy look-up (or its sandbox): {@code GET {base}/policies?insuredCreditCode=…};
 * configured by {@code tongxing.bureau.insurance.*}.
 */
@Component
public class InsuranceClient {

  public static final BureauSystem SYSTEM =
      new BureauSystem("insurance", "insurers' policy look-up", "/sandbox/insurance");

  private final BureauClient client;

  @Autowired
  public InsuranceClient(BureauClients clients) {
    this(clients.open(SYSTEM));
  }

  public InsuranceClient(BureauClient client) {
    this.client = client;
  }

  /**
   * @return every policy of the institution, past and present; empty for none
   * @throws BureauUnavailableException if the system cannot answer
   */
  public List<InsurancePolicy> policies(String creditCode) {
    return client
        .get("/policies")
        .query("insuredCreditCode", creditCode)
        .about("for the policies of '%s'".formatted(creditCode))
        .fetch(new ParameterizedTypeReference<>() {});
  }
}
