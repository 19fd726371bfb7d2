package org.tongxing.gateway.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;
import org.tongxing.gateway.support.GatewayTimeoutException;
import org.tongxing.search.elasticsearch.SearchUnavailableException;
import org.tongxing.search.query.InvalidQueryException;

/**
 * Every error of the {@code /v2} API is an RFC 9457 problem: {@code title} names the kind
 * (NOT_FOUND, INVALID_ARGUMENT, INVALID_STATE, ...) as Camunda does, {@code detail} says what is
 * wrong and where. The client shows {@code status} and {@code detail} to its caller.
 */
@RestControllerAdvice(basePackages = "org.tongxing.gateway")
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnEmbeddedRuntime
public class GatewayExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(GatewayExceptionHandler.class);

  @ExceptionHandler(CommandRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(CommandRejectedException e, HttpServletRequest request) {
    HttpStatus status =
        switch (e.type()) {
          case INVALID_ARGUMENT -> HttpStatus.BAD_REQUEST;
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case INVALID_STATE, ALREADY_EXISTS -> HttpStatus.CONFLICT;
          case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
          case PROCESSING_ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    return problem(status, e.type().name(), e.getMessage(), request);
  }

  @ExceptionHandler(GatewayTimeoutException.class)
  ResponseEntity<ProblemDetail> timeout(GatewayTimeoutException e, HttpServletRequest request) {
    return problem(HttpStatus.GATEWAY_TIMEOUT, "DEADLINE_EXCEEDED", e.getMessage(), request);
  }

  /** The search backend (Elasticsearch) is unreachable: the engine goes on, searches wait. */
  @ExceptionHandler(SearchUnavailableException.class)
  public ResponseEntity<ProblemDetail> searchUnavailable(
      SearchUnavailableException e, HttpServletRequest request) {
    LOG.warn("Search failed: {}", e.getMessage());
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE", e.getMessage(), request);
  }

  @ExceptionHandler(InvalidQueryException.class)
  ResponseEntity<ProblemDetail> invalidQuery(InvalidQueryException e, HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", e.getMessage(), request);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(
      HttpMessageNotReadableException e, HttpServletRequest request) {
    String cause = e.getMostSpecificCause().getMessage();
    return problem(
        HttpStatus.BAD_REQUEST,
        "INVALID_ARGUMENT",
        "Expected a JSON request body of the right shape, but it could not be read: "
            + firstLine(cause),
        request);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(
      MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "INVALID_ARGUMENT",
        "Expected " + e.getName() + " to be a key (a number), but got '" + e.getValue() + "'",
        request);
  }

  @ExceptionHandler({
    MissingServletRequestPartException.class,
    MissingServletRequestParameterException.class
  })
  ResponseEntity<ProblemDetail> missingPart(Exception e, HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", e.getMessage(), request);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(
      MaxUploadSizeExceededException e, HttpServletRequest request) {
    return problem(
        HttpStatus.PAYLOAD_TOO_LARGE,
        "PAYLOAD_TOO_LARGE",
        "Expected a request of at most the configured upload size, but it was larger",
        request);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(
      HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", e.getMessage(), request);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(
      HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return problem(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", e.getMessage(), request);
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<ProblemDetail> unexpected(RuntimeException e, HttpServletRequest request) {
    LOG.error("Unexpected failure serving {} {}", request.getMethod(), request.getRequestURI(), e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "INTERNAL_ERROR",
        "Expected to serve the request, but the server failed: " + e.getMessage(),
        request);
  }

  static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String title, String detail, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(status).body(problem);
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "no details";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
