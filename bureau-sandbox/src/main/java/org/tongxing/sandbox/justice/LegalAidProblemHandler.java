package org.tongxing.sandbox.justice;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;

/** Answers the Justice system's refusals as problem JSON (RFC 9457), for its controller only. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = LegalAidProblemHandler.class)
@ConditionalOnSandboxEnabled
public class LegalAidProblemHandler {

  @ExceptionHandler(LegalAidProblem.class)
  ProblemDetail legalAidProblem(LegalAidProblem problem) {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
    detail.setType(problem.type());
    detail.setTitle(problem.title());
    return detail;
  }
}
