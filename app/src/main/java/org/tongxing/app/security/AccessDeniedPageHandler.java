package org.tongxing.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Shows the 403 page. A missing or stale CSRF token almost always means the session ran out while a
 * form was open, so the page says that instead of "no permission".
 */
public class AccessDeniedPageHandler implements AccessDeniedHandler {

  /** Request attribute set to {@code true} when the refusal came from the CSRF check. */
  public static final String SESSION_EXPIRED =
      AccessDeniedPageHandler.class.getName() + ".SESSION_EXPIRED";

  private final AccessDeniedHandlerImpl forwardToPage = new AccessDeniedHandlerImpl();

  AccessDeniedPageHandler(String errorPage) {
    forwardToPage.setErrorPage(errorPage);
  }

  @Override
  public void handle(
      HttpServletRequest request,
      HttpServletResponse response,
      AccessDeniedException accessDeniedException)
      throws IOException, ServletException {
    if (accessDeniedException instanceof CsrfException) {
      request.setAttribute(SESSION_EXPIRED, Boolean.TRUE);
    }
    forwardToPage.handle(request, response, accessDeniedException);
  }
}
