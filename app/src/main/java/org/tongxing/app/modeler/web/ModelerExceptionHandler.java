package org.tongxing.app.modeler.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.tongxing.app.modeler.draft.DraftConflictException;
import org.tongxing.app.modeler.draft.DraftNotFoundException;
import org.tongxing.app.modeler.resource.InvalidModelException;
import org.tongxing.app.web.LayoutModel;

/**
 * The modeler's failures as pages that say what went wrong: nothing is half-done behind any of them
 * (every change is one transaction, every deployment one command).
 */
@ControllerAdvice(basePackages = "org.tongxing.app.modeler")
class ModelerExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ModelerExceptionHandler.class);

  @ExceptionHandler(DraftNotFoundException.class)
  ModelAndView notFound(DraftNotFoundException e, HttpServletRequest request) {
    return page(HttpStatus.NOT_FOUND, "notFound", e.getMessage(), request);
  }

  @ExceptionHandler(DraftConflictException.class)
  ModelAndView conflict(DraftConflictException e, HttpServletRequest request) {
    ModelAndView page = page(HttpStatus.CONFLICT, "conflict", e.getMessage(), request);
    page.addObject("latest", e.latest());
    return page;
  }

  @ExceptionHandler({InvalidModelException.class, IllegalArgumentException.class})
  ModelAndView invalid(RuntimeException e, HttpServletRequest request) {
    return page(HttpStatus.BAD_REQUEST, "invalid", e.getMessage(), request);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ModelAndView accessDenied(AccessDeniedException e, HttpServletRequest request) {
    LOG.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    return page(HttpStatus.FORBIDDEN, "forbidden", e.getMessage(), request);
  }

  private static ModelAndView page(
      HttpStatus status, String kind, String detail, HttpServletRequest request) {
    ModelAndView page = new ModelAndView("modeler/problem", status);
    page.addObject("kind", kind);
    page.addObject("detail", detail);
    page.addObject("status", status.value());
    LayoutModel.addTo(page, request);
    return page;
  }
}
