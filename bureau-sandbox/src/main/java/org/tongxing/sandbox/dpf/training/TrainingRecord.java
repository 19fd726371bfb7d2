package org.tongxing.sandbox.dpf.training;

import java.util.List;

/**
 * A child's training at one designated institution in one year (康复训练记录), as the institution reports
 * it to the DPF.
 *
 * <p>Invariant: every month lies in {@code year}, each once, in order.
 */
public record TrainingRecord(
    String childName,
    String childIdNumber,
    String certificateNumber,
    String institutionCreditCode,
    int year,
    List<TrainingMonth> months) {

  public TrainingRecord {
    months = List.copyOf(months);
    String previous = "";
    for (TrainingMonth month : months) {
      if (!month.month().startsWith(year + "-") || month.month().compareTo(previous) <= 0) {
        throw new IllegalArgumentException(
            "Expected the months of %s's %d record at %s in order within %d, but found %s after '%s'"
                .formatted(childName, year, institutionCreditCode, year, month.month(), previous));
      }
      previous = month.month();
    }
  }
}
