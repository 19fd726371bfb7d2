package org.tongxing.workers.employers;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauJobErrors;
import org.tongxing.workers.bureau.BureauRetries;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.civilaffairs.SocialOrganisationClient;
import org.tongxing.workers.bureau.establishment.PublicBodyClient;
import org.tongxing.workers.bureau.market.BusinessRegistrationClient;
import org.tongxing.workers.employment.Employer;
import org.tongxing.workers.identifiers.UnifiedSocialCreditCode;

/**
 * Checks the applying employer with the registry its credit code names (job type {@value
 * #JOB_TYPE}; BPMN task {@code Task_CheckEmployerRegistration} of {@code employment-subsidy}):
 * market regulation for enterprises and individual businesses, the establishment office (市委编办, as
 * item 1 names it) for organs and public institutions, civil affairs for social organisations.
 *
 * <p>Reads {@code employer} and {@code year}; completes with {@code employerRegistration} ({@link
 * EmployerRegistrationCheck}): an unknown, malformed or deregistered employer is a result with a
 * reason, not an error. When a registry gives no answer, fails the job for a retry ({@link
 * BureauRetries}, key {@value #WORKER}).
 */
@Component
public class CheckEmployerRegistrationWorker {

  /** Equal to {@code zeebe:taskDefinition type} of the BPMN task. */
  public static final String JOB_TYPE = "registry-check-employer-registration";

  static final String WORKER = "check-employer-registration";

  private final BusinessRegistrationClient businesses;
  private final PublicBodyClient publicBodies;
  private final SocialOrganisationClient organisations;
  private final BureauRetries retries;

  public CheckEmployerRegistrationWorker(
      BusinessRegistrationClient businesses,
      PublicBodyClient publicBodies,
      SocialOrganisationClient organisations,
      BureauRetries retries) {
    this.businesses = businesses;
    this.publicBodies = publicBodies;
    this.organisations = organisations;
    this.retries = retries;
  }

  /** The variables the job completes with. */
  public record Output(EmployerRegistrationCheck employerRegistration) {}

  @JobWorker(type = JOB_TYPE)
  public Output checkEmployerRegistration(@VariablesAsType CheckEmployerRegistrationInput input) {
    if (input.year() == null) {
      // a modelling error: retrying cannot help
      throw BureauJobErrors.incidentNow(
          new IllegalArgumentException(
              "Expected variable 'year' (the year the wages were paid in), but it is missing"));
    }
    Employer employer =
        input.employer() == null ? new Employer(null, null, null) : input.employer();
    String code = UnifiedSocialCreditCode.normalise(employer.unifiedSocialCreditCode());
    if (code == null) {
      return new Output(
          EmployerRegistrationCheck.notFound(
              null, null, null, EmployerRegistrationRules.REASON_MISSING_CODE));
    }
    if (!UnifiedSocialCreditCode.isValid(code)) {
      return new Output(
          EmployerRegistrationCheck.notFound(
              code, null, null, EmployerRegistrationRules.REASON_INVALID_CODE));
    }
    try {
      return new Output(
          EmployerRegistrationRules.registryOf(code)
              .map(registry -> lookUp(registry, code, employer.name(), input.year()))
              .orElseGet(
                  () ->
                      EmployerRegistrationCheck.notFound(
                          code, null, null, EmployerRegistrationRules.REASON_OTHER_AUTHORITY)));
    } catch (BureauUnavailableException e) {
      throw retries.retryLater(WORKER, e);
    }
  }

  private EmployerRegistrationCheck lookUp(String registry, String code, String name, int year) {
    return switch (registry) {
      case EmployerRegistrationRules.MARKET ->
          businesses
              .findRegistration(code)
              .map(found -> EmployerRegistrationRules.of(found, name, year))
              .orElseGet(() -> EmployerRegistrationRules.notFound(code, registry));
      case EmployerRegistrationRules.ESTABLISHMENT ->
          publicBodies
              .findPublicBody(code)
              .map(found -> EmployerRegistrationRules.of(found, name, year))
              .orElseGet(() -> EmployerRegistrationRules.notFound(code, registry));
      default ->
          organisations
              .findOrganisation(code)
              .map(found -> EmployerRegistrationRules.of(found, name, year))
              .orElseGet(() -> EmployerRegistrationRules.notFound(code, registry));
    };
  }
}
