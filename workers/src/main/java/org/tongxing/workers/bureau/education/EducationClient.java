package org.tongxing.workers.bureau.education;

import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.tongxing.workers.bureau.BureauConnection;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * The education bureaus' records of item 6.3 (or their sandbox): {@code GET
 * {base}/schooling-deferrals?childIdNumber=…} and {@code GET
 * {base}/special-education-findings?childIdNumber=…}.
 */
public class EducationClient {

  private final BureauConnection connection;

  public EducationClient(BureauConnection connection) {
    this.connection = connection;
  }

  /**
   * @return every deferral or suspension certificate issued to the child; empty for none
   * @throws BureauUnavailableException if the system cannot answer
   */
  public List<SchoolingDeferral> schoolingDeferrals(String childIdNumber) {
    return connection.getList(
        "/schooling-deferrals",
        uri -> uri.queryParam("childIdNumber", childIdNumber),
        new ParameterizedTypeReference<>() {});
  }

  /**
   * @return every committee finding on the child; empty when never assessed
   * @throws BureauUnavailableException if the system cannot answer
   */
  public List<SpecialEducationFinding> specialEducationFindings(String childIdNumber) {
    return connection.getList(
        "/special-education-findings",
        uri -> uri.queryParam("childIdNumber", childIdNumber),
        new ParameterizedTypeReference<>() {});
  }
}
