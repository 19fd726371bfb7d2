package org.tongxing.sandbox.dpf.training;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.Identifiers;
import org.tongxing.sandbox.faults.FaultInjector;

/**
 * Simulates the DPF's rehabilitation training records: {@code GET
 * /sandbox/dpf/training-records?year=2025&childIdNumber=…&institutionCreditCode=…}. The year and at
 * least one of the two others are required; the answer is a list, empty when nothing was reported.
 */
@RestController
@RequestMapping("/sandbox/dpf/training-records")
@ConditionalOnSandboxEnabled
public class TrainingRecordController {

  private final TrainingRecordRepository records;
  private final FaultInjector faults;

  public TrainingRecordController(TrainingRecordRepository records, FaultInjector faults) {
    this.records = records;
    this.faults = faults;
  }

  @GetMapping
  public List<TrainingRecordResponse> findRecords(
      @RequestParam int year,
      @RequestParam(required = false) String childIdNumber,
      @RequestParam(required = false) String institutionCreditCode) {
    faults.beforeRequest(BureauSystem.DPF_TRAINING_RECORDS);
    if (childIdNumber == null && institutionCreditCode == null) {
      throw new IllegalArgumentException(
          "Expected childIdNumber or institutionCreditCode with year %d, but got neither"
              .formatted(year));
    }
    if (childIdNumber != null) {
      Identifiers.requireIdNumber("childIdNumber", childIdNumber);
    }
    if (institutionCreditCode != null) {
      Identifiers.requireCreditCode("institutionCreditCode", institutionCreditCode);
    }
    return records
        .findAll(
            record ->
                record.year() == year
                    && (childIdNumber == null || record.childIdNumber().equals(childIdNumber))
                    && (institutionCreditCode == null
                        || record.institutionCreditCode().equals(institutionCreditCode)))
        .stream()
        .map(TrainingRecordResponse::of)
        .toList();
  }
}
