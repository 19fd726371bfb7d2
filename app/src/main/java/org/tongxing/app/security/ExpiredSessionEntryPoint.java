package org.tongxing.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends visitors who must sign in to the login page, and tells it when the reason is a session that
 * timed out ({@code ?expired}), so the page says why instead of looking like a sign-out. A form
 * posted with an expired session is refused by the CSRF check instead, with the 403 page's
 * explanation ({@link AccessDeniedPageHandler}).
 */
class ExpiredSessionEntryPoint extends LoginUrlAuthenticationEntryPoint {

  ExpiredSessionEntryPoint(String loginPage) {
    super(loginPage);
  }

  @Override
  protected String determineUrlToUseForThisRequest(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) {
    String login = super.determineUrlToUseForThisRequest(request, response, exception);
    boolean expired =
        request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    return expired ? login + "?expired" : login;
  }
}
