package org.tongxing.sandbox;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.tongxing.sandbox.dpf.CertificateNotFoundException;
import org.tongxing.sandbox.faults.SimulatedOutageException;

/**
 * Turns the sandbox's exceptions into problem JSON (RFC 9457).
 *
 * <p>Limited to the sandbox's own controllers so that it never changes how the rest of the app
 * answers errors.
 */
// first among the app's advices: it only ever sees the sandbox's own controllers
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = SandboxProblemHandler.class)
@ConditionalOnSandboxEnabled
public class SandboxProblemHandler {

  @ExceptionHandler(CertificateNotFoundException.class)
  ProblemDetail certificateNotFound(CertificateNotFoundException exception) {
    return SandboxProblems.problem(
        HttpStatus.NOT_FOUND,
        SandboxProblems.CERTIFICATE_NOT_FOUND,
        "查无此证 (certificate not found)",
        exception.getMessage());
  }

  @ExceptionHandler(SandboxProblemException.class)
  ProblemDetail sandboxProblem(SandboxProblemException exception) {
    return exception.toProblemDetail();
  }

  @ExceptionHandler(SimulatedOutageException.class)
  ProblemDetail simulatedOutage(SimulatedOutageException exception) {
    return SandboxProblems.problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        SandboxProblems.BUREAU_UNAVAILABLE,
        "Bureau system unavailable",
        exception.getMessage());
  }

  @ExceptionHandler({
    IllegalArgumentException.class,
    HttpMessageNotReadableException.class,
    MissingServletRequestParameterException.class,
    MethodArgumentTypeMismatchException.class
  })
  ProblemDetail invalidRequest(Exception exception) {
    return SandboxProblems.problem(
        HttpStatus.BAD_REQUEST,
        SandboxProblems.INVALID_REQUEST,
        "Invalid request",
        exception.getMessage());
  }
}
