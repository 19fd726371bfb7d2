package org.tongxing.workers.rehabilitation.child;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.tongxing.workers.bureau.dpf.TrainingRecord;

/**
 * A child's reported training at the institution in the subsidy year (process variable {@code
 * training}): the months item 6.2's age rule and living allowance count, and the actual cost its
 * ceilings apply to.
 *
 * @param reportedCertificateNumber the certificate number the institution reported the child under
 * @param months in order, each {@code {month: "2025-03", trainingDays, cost}}
 */
public record ChildTraining(
    int monthsTrained,
    BigDecimal totalCost,
    String reportedCertificateNumber,
    List<TrainingRecord.Month> months) {

  /** One view of the records (normally one) the institution reported for the year. */
  static ChildTraining of(List<TrainingRecord> records) {
    List<TrainingRecord.Month> months =
        records.stream()
            .flatMap(record -> record.months().stream())
            .filter(month -> month.trainingDays() > 0)
            .sorted(Comparator.comparing(TrainingRecord.Month::month))
            .toList();
    return new ChildTraining(
        months.size(),
        months.stream().map(TrainingRecord.Month::cost).reduce(BigDecimal.ZERO, BigDecimal::add),
        records.get(0).certificateNumber(),
        months);
  }
}
