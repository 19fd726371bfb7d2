package org.tongxing.workers.bureau.hrss;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauSystem;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Reads social insurance contributions and wages paid from HRSS (人社 社保缴纳及工资申报): {@code GET
 * {baseUrl}/social-insurance-records/{idNumber}?year=}; configured by {@code
 * tongxing.bureau.hrss-social-insurance.*}.
 */
@Component
public class SocialInsuranceClient {

  public static final BureauSystem SYSTEM =
      new BureauSystem("hrss-social-insurance", "HRSS social insurance system", "/sandbox/hrss");

  private final BureauClient client;

  @Autowired
  public SocialInsuranceClient(BureauClients clients) {
    this(clients.open(SYSTEM));
  }

  public SocialInsuranceClient(BureauClient client) {
    this.client = client;
  }

  /**
   * @return the year's statement; no months if nobody contributed for the person
   * @throws BureauUnavailableException if the system gives no answer within its contract
   */
  public SocialInsuranceStatement getStatement(String idNumber, int year) {
    return client
        .get("/social-insurance-records/{idNumber}?year={year}", idNumber, year)
        .about("for ID number '%s' in %d".formatted(idNumber, year))
        .fetch(SocialInsuranceStatement.class);
  }
}
