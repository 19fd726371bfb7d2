package org.tongxing.workers.bureau.dpf;

import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.tongxing.workers.bureau.BureauConnection;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * The rehabilitation training records the designated institutions report to the DPF (or its
 * sandbox): {@code GET {base}/training-records?year=…&childIdNumber=…&institutionCreditCode=…}.
 */
public class TrainingRecordClient {

  private final BureauConnection connection;

  public TrainingRecordClient(BureauConnection connection) {
    this.connection = connection;
  }

  /**
   * @return the child's records at the institution in the year; empty when none was reported
   * @throws BureauUnavailableException if the system cannot answer
   */
  public List<TrainingRecord> childRecords(String childIdNumber, String creditCode, int year) {
    return connection.getList(
        "/training-records",
        uri ->
            uri.queryParam("year", year)
                .queryParam("childIdNumber", childIdNumber)
                .queryParam("institutionCreditCode", creditCode),
        new ParameterizedTypeReference<>() {});
  }

  /**
   * @return every child's record at the institution in the year
   * @throws BureauUnavailableException if the system cannot answer
   */
  public List<TrainingRecord> institutionRecords(String creditCode, int year) {
    return connection.getList(
        "/training-records",
        uri -> uri.queryParam("year", year).queryParam("institutionCreditCode", creditCode),
        new ParameterizedTypeReference<>() {});
  }
}
