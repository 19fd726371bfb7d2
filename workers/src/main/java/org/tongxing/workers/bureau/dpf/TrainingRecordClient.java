package org.tongxing.workers.bureau.dpf;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * The rehabilitation training records the designated institutions report to the DPF (or its
 * sandbox): {@code GET {base}/training-records?year=…&childIdNumber=…&institutionCreditCode=…};
 * configured, as the registry, by {@code tongxing.bureau.dpf-rehabilitation.*}.
 */
@Component
public class TrainingRecordClient {

  private final BureauClient client;

  @Autowired
  public TrainingRecordClient(BureauClients clients) {
    this(clients.open(DesignatedInstitutionClient.SYSTEM));
  }

  public TrainingRecordClient(BureauClient client) {
    this.client = client;
  }

  /**
   * @return the child's records at the institution in the year; empty when none was reported
   * @throws BureauUnavailableException if the system cannot answer
   */
  public List<TrainingRecord> childRecords(String childIdNumber, String creditCode, int year) {
    return client
        .get("/training-records")
        .query("year", year)
        .query("childIdNumber", childIdNumber)
        .query("institutionCreditCode", creditCode)
        .about("for the training of '%s' at '%s' in %d".formatted(childIdNumber, creditCode, year))
        .fetch(new ParameterizedTypeReference<>() {});
  }

  /**
   * @return every child's record at the institution in the year
   * @throws BureauUnavailableException if the system cannot answer
   */
  public List<TrainingRecord> institutionRecords(String creditCode, int year) {
    return client
        .get("/training-records")
        .query("year", year)
        .query("institutionCreditCode", creditCode)
        .about("for the training at '%s' in %d".formatted(creditCode, year))
        .fetch(new ParameterizedTypeReference<>() {});
  }
}
