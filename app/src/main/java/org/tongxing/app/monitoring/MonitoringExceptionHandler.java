package org.tongxing.app.monitoring;

import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientHttpException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.tongxing.app.web.LayoutModel;

/** Turns the monitoring pages' failures into the error pages, never into a stack trace. */
@ControllerAdvice(basePackageClasses = MonitoringExceptionHandler.class)
class MonitoringExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(MonitoringExceptionHandler.class);

  @ExceptionHandler(CaseNotFoundException.class)
  ModelAndView notFound(CaseNotFoundException e, HttpServletRequest request) {
    LOG.info("{} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    return page("error/404", HttpStatus.NOT_FOUND, request);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ModelAndView accessDenied(AccessDeniedException e, HttpServletRequest request) {
    LOG.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    return page("error/403", HttpStatus.FORBIDDEN, request);
  }

  @ExceptionHandler(ClientException.class)
  ModelAndView unavailable(ClientException e, HttpServletRequest request) {
    if (e instanceof ClientHttpException http && http.code() == HttpStatus.NOT_FOUND.value()) {
      return notFound(
          new CaseNotFoundException("resource at " + request.getRequestURI(), -1), request);
    }
    LOG.warn(
        "Monitoring could not read from the engine for {}: {}",
        request.getRequestURI(),
        e.getMessage(),
        e);
    return page("error/503", HttpStatus.SERVICE_UNAVAILABLE, request);
  }

  private static ModelAndView page(String view, HttpStatus status, HttpServletRequest request) {
    ModelAndView page = new ModelAndView(view, status);
    LayoutModel.addTo(page, request);
    return page;
  }
}
