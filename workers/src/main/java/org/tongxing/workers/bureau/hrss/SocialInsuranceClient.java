package org.tongxing.workers.bureau.hrss;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauEndpoints;
import org.tongxing.workers.bureau.BureauJsonClient;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Reads social insurance contributions and wages paid from HRSS (人社 社保缴纳及工资申报): {@code GET
 * {baseUrl}/social-insurance-records/{idNumber}?year=}; configured by {@code
 * tongxing.bureau.hrss-social-insurance.*}.
 */
@Component
public class SocialInsuranceClient {

  private final BureauJsonClient client;

  @Autowired
  public SocialInsuranceClient(BureauEndpoints endpoints) {
    this(
        endpoints.client("hrss-social-insurance", "HRSS social insurance system", "/sandbox/hrss"));
  }

  public SocialInsuranceClient(BureauJsonClient client) {
    this.client = client;
  }

  /**
   * @return the year's statement; no months if nobody contributed for the person
   * @throws BureauUnavailableException if the system gives no answer within its contract
   */
  public SocialInsuranceStatement getStatement(String idNumber, int year) {
    return client.get(
        SocialInsuranceStatement.class,
        "for ID number '%s' in %d".formatted(idNumber, year),
        "/social-insurance-records/{idNumber}?year={year}",
        idNumber,
        year);
  }
}
