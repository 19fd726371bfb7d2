package org.tongxing.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.tongxing.app.security.throttle.SignInThrottle;

/**
 * Sends a failed sign-in back to the login page and keeps the user name that was typed, so that
 * only the password has to be entered again (WCAG 3.3.7, redundant entry), and counts the failure
 * for the sign-in throttle.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

  static final String LAST_USERNAME = LoginFailureHandler.class.getName() + ".LAST_USERNAME";

  /** Longer input is no user name of ours; the cap keeps the session small. */
  private static final int MAX_USERNAME_LENGTH = 100;

  private final SignInThrottle throttle;

  /**
   * @param throttle counts the failure against the user name and address; null for none
   */
  LoginFailureHandler(String failureUrl, SignInThrottle throttle) {
    super(failureUrl);
    this.throttle = throttle;
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException, ServletException {
    String username = request.getParameter("username");
    if (throttle != null) {
      throttle.failed(username, request.getRemoteAddr());
    }
    if (username != null) {
      String kept =
          username.length() > MAX_USERNAME_LENGTH
              ? username.substring(0, MAX_USERNAME_LENGTH)
              : username;
      request.getSession().setAttribute(LAST_USERNAME, kept);
    }
    super.onAuthenticationFailure(request, response, exception);
  }
}
