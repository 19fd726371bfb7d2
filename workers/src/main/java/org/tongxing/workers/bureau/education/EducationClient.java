package org.tongxing.workers.bureau.education;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauSystem;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * The education bureaus' records of item 6.3 (or their sandbox): {@code GET
 * {base}/schooling-deferrals?childIdNumber=…} and {@code GET
 * {base}/special-education-findings?childIdNumber=…}; configured by {@code
 * tongxing.bureau.education.*}.
 */
@Component
public class EducationClient {

  public static final BureauSystem SYSTEM =
      new BureauSystem(
          "education",
          "education bureaus' deferral and special-education records",
          "/sandbox/education");

  private final BureauClient client;

  @Autowired
  public EducationClient(BureauClients clients) {
    this(clients.open(SYSTEM));
  }

  public EducationClient(BureauClient client) {
    this.client = client;
  }

  /**
   * @return every deferral or suspension certificate issued to the child; empty for none
   * @throws BureauUnavailableException if the system cannot answer
   */
  public List<SchoolingDeferral> schoolingDeferrals(String childIdNumber) {
    return client
        .get("/schooling-deferrals")
        .query("childIdNumber", childIdNumber)
        .about("for the deferrals of '%s'".formatted(childIdNumber))
        .fetch(new ParameterizedTypeReference<>() {});
  }

  /**
   * @return every committee finding on the child; empty when never assessed
   * @throws BureauUnavailableException if the system cannot answer
   */
  public List<SpecialEducationFinding> specialEducationFindings(String childIdNumber) {
    return client
        .get("/special-education-findings")
        .query("childIdNumber", childIdNumber)
        .about("for the committee findings on '%s'".formatted(childIdNumber))
        .fetch(new ParameterizedTypeReference<>() {});
  }
}
