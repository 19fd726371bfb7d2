package org.tongxing.sandbox;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem types (RFC 9457) the sandbox answers with.
 *
 * <p>Clients rely on {@link #CERTIFICATE_NOT_FOUND}: a 404 carrying that type means "no such
 * certificate", while any other 404 (a wrong base URL, a disabled sandbox) is a technical fault.
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

  private SandboxProblems() {}

  static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(title);
    return problem;
  }
}
