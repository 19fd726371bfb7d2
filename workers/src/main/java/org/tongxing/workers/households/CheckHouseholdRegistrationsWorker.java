package org.tongxing.workers.households;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauRetries;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.publicsecurity.HouseholdRegistrationClient;

/**
 * Checks the household registrations (户籍) of declared people with the public security system (job
 * type {@value #JOB_TYPE}; BPMN tasks {@code Task_CheckHouseholdRegistrations} of {@code
 * employment-subsidy} and {@code education-grant}).
 *
 * <p>Reads {@code persons} [{name, idNumber}]; completes with {@code householdChecks}, one {@link
 * HouseholdCheck} per person in order. When the system gives no answer, fails the job for a retry
 * ({@link BureauRetries}, key {@value #WORKER}).
 */
@Component
public class CheckHouseholdRegistrationsWorker {

  /** Equal to {@code zeebe:taskDefinition type} of the BPMN task. */
  public static final String JOB_TYPE = "police-check-household-registrations";

  static final String WORKER = "check-household-registrations";

  private final HouseholdRegistrationClient registrations;
  private final BureauRetries retries;

  public CheckHouseholdRegistrationsWorker(
      HouseholdRegistrationClient registrations, BureauRetries retries) {
    this.registrations = registrations;
    this.retries = retries;
  }

  /** The variables the job completes with. */
  public record Output(List<HouseholdCheck> householdChecks) {}

  @JobWorker(type = JOB_TYPE)
  public Output checkHouseholdRegistrations(
      @VariablesAsType CheckHouseholdRegistrationsInput input) {
    try {
      return new Output(
          HouseholdCheckRules.checkAll(input.persons(), registrations::findRegistration));
    } catch (BureauUnavailableException e) {
      throw retries.retryLater(WORKER, e);
    }
  }
}
