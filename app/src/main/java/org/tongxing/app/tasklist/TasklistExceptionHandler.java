package org.tongxing.app.tasklist;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.tongxing.app.web.LayoutModel;

/** Turns the tasklist's failures into the error pages, never into a stack trace. */
@ControllerAdvice(
    basePackages = {
      "org.tongxing.app.tasklist",
      "org.tongxing.app.approval",
      "org.tongxing.app.attachments",
      "org.tongxing.app.cases"
    })
class TasklistExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(TasklistExceptionHandler.class);

  @ExceptionHandler(TaskNotFoundException.class)
  ModelAndView notFound(HttpServletRequest request) {
    return page("error/404", HttpStatus.NOT_FOUND, request);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ModelAndView accessDenied(AccessDeniedException e, HttpServletRequest request) {
    LOG.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    return page("error/403", HttpStatus.FORBIDDEN, request);
  }

  @ExceptionHandler(TasklistUnavailableException.class)
  ModelAndView unavailable(TasklistUnavailableException e, HttpServletRequest request) {
    LOG.warn(
        "Tasklist could not reach the engine for {}: {}",
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
