package org.tongxing.sandbox;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem types (RFC 9457) the sandbox answers with.
 *
 * <p>Clients rely on {@link #CERTIFICATE_NOT_FOUND}: a 404 carrying that type means "no such
 * certificate", while any other 404 (a wrong base URL, a disabled sandbox) is a technical fault.
 * The same holds for every other {@code …_NOT_FOUND} type of its system.
 */
public final class SandboxProblems {

  public static final URI CERTIFICATE_NOT_FOUND =
      URI.create("urn:tongxing:problem:certificate-not-found");
  public static final URI BUREAU_UNAVAILABLE =
      URI.create("urn:tongxing:problem:bureau-unavailable");
  public static final URI INVALID_REQUEST = URI.create("urn:tongxing:problem:invalid-request");

  /** No designated institution (定点康复机构) with this unified social credit code. */
  public static final URI INSTITUTION_NOT_FOUND =
      URI.create("urn:tongxing:problem:institution-not-found");

  /** No legal person (法人) registered under this unified social credit code. */
  public static final URI LEGAL_PERSON_NOT_FOUND =
      URI.create("urn:tongxing:problem:legal-person-not-found");

  /** The record's current state does not allow the requested change. */
  public static final URI RECORD_CONFLICT = URI.create("urn:tongxing:problem:record-conflict");

  public static final URI HOUSEHOLD_REGISTRATION_NOT_FOUND =
      URI.create("urn:tongxing:problem:household-registration-not-found");
  public static final URI MINIMUM_WAGE_NOT_FOUND =
      URI.create("urn:tongxing:problem:minimum-wage-not-found");
  public static final URI BUSINESS_NOT_FOUND =
      URI.create("urn:tongxing:problem:business-not-found");
  public static final URI PUBLIC_BODY_NOT_FOUND =
      URI.create("urn:tongxing:problem:public-body-not-found");
  public static final URI SOCIAL_ORGANISATION_NOT_FOUND =
      URI.create("urn:tongxing:problem:social-organisation-not-found");
  public static final URI ENROLMENT_NOT_FOUND =
      URI.create("urn:tongxing:problem:enrolment-not-found");
  public static final URI EXAM_CERTIFICATE_NOT_FOUND =
      URI.create("urn:tongxing:problem:exam-certificate-not-found");
  public static final URI BENEFIT_NOT_FOUND = URI.create("urn:tongxing:problem:benefit-not-found");
  public static final URI BENEFIT_ALREADY_GRANTED =
      URI.create("urn:tongxing:problem:benefit-already-granted");

  private SandboxProblems() {}

  static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(title);
    return problem;
  }
}
