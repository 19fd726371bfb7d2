package org.tongxing.sandbox.education;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.RecordNotFoundException;
import org.tongxing.sandbox.SandboxProblems;
import org.tongxing.sandbox.faults.FaultInjector;

/**
 * Simulates the education bureau's student register (学籍): {@code GET
 * /sandbox/education/enrolments?idNumber=330302200503120015&schoolYear=2025-2026}.
 *
 * <p>Answers 200 with the {@link Enrolment}, 404 problem JSON of type {@code enrolment-not-found}
 * when the student has no enrolment that school year, 503 when a fault is injected for {@link
 * BureauSystem#EDUCATION_ENROLMENTS}.
 */
@RestController
@RequestMapping("/sandbox/education/enrolments")
@ConditionalOnSandboxEnabled
public class EnrolmentController {

  private final EnrolmentRepository enrolments;
  private final FaultInjector faults;

  public EnrolmentController(EnrolmentRepository enrolments, FaultInjector faults) {
    this.enrolments = enrolments;
    this.faults = faults;
  }

  @GetMapping
  public Enrolment getEnrolment(@RequestParam String idNumber, @RequestParam String schoolYear) {
    faults.beforeRequest(BureauSystem.EDUCATION_ENROLMENTS);
    return enrolments
        .find(idNumber, schoolYear)
        .orElseThrow(
            () ->
                new RecordNotFoundException(
                    SandboxProblems.ENROLMENT_NOT_FOUND,
                    "查无学籍 (enrolment not found)",
                    "Expected an enrolment of ID number '%s' in school year %s, but there is none"
                        .formatted(idNumber, schoolYear)));
  }
}
