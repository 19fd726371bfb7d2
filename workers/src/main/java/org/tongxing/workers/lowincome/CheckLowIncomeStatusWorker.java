package org.tongxing.workers.lowincome;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauJobErrors;
import org.tongxing.workers.bureau.BureauRetries;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.civilaffairs.LowIncomeStatus;
import org.tongxing.workers.bureau.civilaffairs.LowIncomeStatusClient;
import org.tongxing.workers.identifiers.ResidentIdNumber;

/**
 * Reads the student's low-income status (低保 / 低保边缘) from civil affairs (job type {@value
 * #JOB_TYPE}; BPMN task {@code Task_CheckLowIncomeStatus} of {@code education-grant}; policy item
 * 7.6 versus 7.7).
 *
 * <p>Reads {@code student}, {@code guardian} and {@code on}; completes with {@code lowIncomeCheck}
 * ({@link LowIncomeCheck}). When civil affairs gives no answer, fails the job for a retry ({@link
 * BureauRetries}, key {@value #WORKER}).
 */
@Component
public class CheckLowIncomeStatusWorker {

  /** Equal to {@code zeebe:taskDefinition type} of the BPMN task. */
  public static final String JOB_TYPE = "civil-check-low-income-status";

  static final String WORKER = "check-low-income-status";
  static final String REASON_INVALID_ID = "学生身份证号校验不通过，无法查询低保状态";
  static final String REASON_GUARDIAN_ELSEWHERE = "申报的父母不是该低保（低保边缘）家庭成员";

  private final LowIncomeStatusClient lowIncome;
  private final BureauRetries retries;

  public CheckLowIncomeStatusWorker(LowIncomeStatusClient lowIncome, BureauRetries retries) {
    this.lowIncome = lowIncome;
    this.retries = retries;
  }

  /** The variables the job completes with. */
  public record Output(LowIncomeCheck lowIncomeCheck) {}

  @JobWorker(type = JOB_TYPE)
  public Output checkLowIncomeStatus(@VariablesAsType CheckLowIncomeStatusInput input) {
    LocalDate on = dayOf(input.on());
    String idNumber =
        ResidentIdNumber.normalise(input.student() == null ? null : input.student().idNumber());
    if (!ResidentIdNumber.isValid(idNumber)) {
      return new Output(
          new LowIncomeCheck(
              LowIncomeStatus.NONE, null, false, null, null, false, REASON_INVALID_ID));
    }
    try {
      return new Output(check(lowIncome.getStatus(idNumber, on), input.guardian()));
    } catch (BureauUnavailableException e) {
      throw retries.retryLater(WORKER, e);
    }
  }

  private static LocalDate dayOf(String on) {
    try {
      return LocalDate.parse(on == null ? "" : on.strip());
    } catch (DateTimeParseException e) {
      // a modelling error: the BPMN maps the application date; retrying cannot help
      throw BureauJobErrors.incidentNow(
          new IllegalArgumentException(
              "Expected variable 'on' to be an ISO date such as 2026-03-02, but was '%s'"
                  .formatted(on),
              e));
    }
  }

  private static LowIncomeCheck check(LowIncomeStatus status, Guardian guardian) {
    boolean lowIncome =
        LowIncomeStatus.SUBSISTENCE.equals(status.status())
            || LowIncomeStatus.MARGINAL.equals(status.status());
    String guardianId = ResidentIdNumber.normalise(guardian == null ? null : guardian.idNumber());
    boolean inHousehold =
        guardianId != null
            && status.members().stream().anyMatch(member -> guardianId.equals(member.idNumber()));
    String reason =
        lowIncome && guardianId != null && !inHousehold ? REASON_GUARDIAN_ELSEWHERE : null;
    return new LowIncomeCheck(
        status.status(),
        status.statusName(),
        lowIncome,
        status.householdId(),
        status.regionCode(),
        inHousehold,
        reason);
  }
}
