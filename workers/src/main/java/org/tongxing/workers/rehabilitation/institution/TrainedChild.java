package org.tongxing.workers.rehabilitation.institution;

import java.math.BigDecimal;
import org.tongxing.workers.bureau.dpf.TrainingRecord;

/**
 * A child an institution trained in the subsidy year (an element of variable {@code
 * trainedChildren}); item 6.4 counts the children trained for at least half a year.
 *
 * @param childIdNumber masked, as the DPF answers it
 */
public record TrainedChild(
    String childName,
    String childIdNumber,
    String certificateNumber,
    int monthsTrained,
    BigDecimal totalCost) {

  static TrainedChild of(TrainingRecord record) {
    return new TrainedChild(
        record.childName(),
        record.childIdNumber(),
        record.certificateNumber(),
        record.monthsTrained(),
        record.totalCost());
  }
}
