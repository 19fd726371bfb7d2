package org.tongxing.sandbox.dpf.training;

import java.math.BigDecimal;
import java.util.List;
import org.tongxing.sandbox.Identifiers;

/**
 * What {@code GET /sandbox/dpf/training-records} answers per record: the ID number masked as every
 * DPF answer masks it, with the month count and the year's cost added up.
 */
public record TrainingRecordResponse(
    String childName,
    String childIdNumber,
    String certificateNumber,
    String institutionCreditCode,
    int year,
    int monthsTrained,
    BigDecimal totalCost,
    List<TrainingMonth> months) {

  static TrainingRecordResponse of(TrainingRecord record) {
    return new TrainingRecordResponse(
        record.childName(),
        Identifiers.maskIdNumber(record.childIdNumber()),
        record.certificateNumber(),
        record.institutionCreditCode(),
        record.year(),
        (int) record.months().stream().filter(month -> month.trainingDays() > 0).count(),
        record.months().stream().map(TrainingMonth::cost).reduce(BigDecimal.ZERO, BigDecimal::add),
        record.months());
  }
}
