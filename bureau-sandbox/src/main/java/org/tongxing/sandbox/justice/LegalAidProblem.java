package org.tongxing.sandbox.justice;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** A refusal of the Justice system, answered as problem JSON of its own type. */
public class LegalAidProblem extends RuntimeException {

  /** The application lacks what the legal aid agency needs, or says it inconsistently (422). */
  public static final URI APPLICATION_INCOMPLETE =
      URI.create("urn:tongxing:problem:legal-aid-application-incomplete");

  /** The same reference id came with a different applicant (409). */
  public static final URI REFERENCE_CONFLICT =
      URI.create("urn:tongxing:problem:legal-aid-reference-conflict");

  /** A decision was already taken, and a different one is asked for (409). */
  public static final URI ALREADY_DECIDED =
      URI.create("urn:tongxing:problem:legal-aid-already-decided");

  /** No application has this number (404). */
  public static final URI NOT_FOUND = URI.create("urn:tongxing:problem:legal-aid-not-found");

  private final HttpStatus status;
  private final URI type;
  private final String title;

  LegalAidProblem(HttpStatus status, URI type, String title, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  static LegalAidProblem incomplete(String detail) {
    return new LegalAidProblem(
        HttpStatus.UNPROCESSABLE_ENTITY, APPLICATION_INCOMPLETE, "法律援助申请材料不全", detail);
  }

  static LegalAidProblem notFound(String applicationNumber) {
    return new LegalAidProblem(
        HttpStatus.NOT_FOUND,
        NOT_FOUND,
        "查无此法律援助申请",
        "Expected a legal aid application with number '%s', but there is none"
            .formatted(applicationNumber));
  }

  public HttpStatus status() {
    return status;
  }

  public URI type() {
    return type;
  }

  public String title() {
    return title;
  }
}
