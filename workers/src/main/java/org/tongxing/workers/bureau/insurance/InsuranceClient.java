package org.tongxing.workers.bureau.insurance;

import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.tongxing.workers.bureau.BureauConnection;
import org.tongxing.workers.bureau.BureauUnavailableException;

/** The insurers' policy look-up (or its sandbox): {@code GET {base}/policies?insuredCreditCode=…}. */
public class InsuranceClient {

  private final BureauConnection connection;

  public InsuranceClient(BureauConnection connection) {
    this.connection = connection;
  }

  /**
   * @return every policy of the institution, past and present; empty for none
   * @throws BureauUnavailableException if the system cannot answer
   */
  public List<InsurancePolicy> policies(String creditCode) {
    return connection.getList(
        "/policies",
        uri -> uri.queryParam("insuredCreditCode", creditCode),
        new ParameterizedTypeReference<>() {});
  }
}
