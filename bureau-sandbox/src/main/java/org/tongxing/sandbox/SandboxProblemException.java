package org.tongxing.sandbox;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * An answer of a simulated system that is not a success but part of its contract (a refusal, a
 * conflict, an unknown id), answered as problem JSON (RFC 9457) by {@link SandboxProblemHandler}.
 *
 * <p>Clients tell the cases apart by {@code type}; {@code properties} become extra members of the
 * problem, for example a refusal's {@code reason}.
 */
public abstract class SandboxProblemException extends RuntimeException {

  private final HttpStatus status;
  private final URI type;
  private final String title;
  private final Map<String, Object> properties;

  protected SandboxProblemException(
      HttpStatus status, URI type, String title, String detail, Map<String, Object> properties) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.properties = Map.copyOf(properties);
  }

  /** The problem JSON of this answer. */
  public ProblemDetail toProblemDetail() {
    ProblemDetail problem = SandboxProblems.problem(status, type, title, getMessage());
    properties.forEach(problem::setProperty);
    return problem;
  }
}
