package org.tongxing.workers.bureau.dpf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * A child's training at one institution in one year, as the DPF's training records answer it.
 *
 * @param childIdNumber masked ({@code 330302********0310})
 * @param monthsTrained months with at least one training day
 * @param totalCost the year's training fees, yuan
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrainingRecord(
    String childName,
    String childIdNumber,
    String certificateNumber,
    String institutionCreditCode,
    int year,
    int monthsTrained,
    BigDecimal totalCost,
    List<Month> months) {

  /**
   * @param month {@code yyyy-MM}
   * @param cost the month's training fee, yuan
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Month(String month, int trainingDays, BigDecimal cost) {}
}
