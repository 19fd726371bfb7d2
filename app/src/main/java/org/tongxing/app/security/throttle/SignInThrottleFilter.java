package org.tongxing.app.security.throttle;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a sign-in attempt before the password is checked while its user name or address is locked
 * out ({@link SignInThrottle}), and sends the user back to the login page, which says how many
 * minutes to wait.
 */
public class SignInThrottleFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(SignInThrottleFilter.class);
  public static final String LOCKED_MINUTES = "signInLockedMinutes";

  private final SignInThrottle throttle;
  private final String loginPath;

  public SignInThrottleFilter(SignInThrottle throttle, String loginPath) {
    this.throttle = throttle;
    this.loginPath = loginPath;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod())
        && (request.getContextPath() + loginPath).equals(request.getRequestURI()));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String username = request.getParameter("username");
    Optional<Duration> locked = throttle.lockedFor(username, request.getRemoteAddr());
    if (locked.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    long minutes = Math.max(1, (locked.get().toSeconds() + 59) / 60);
    LOG.warn(
        "Refused a sign-in as {} from {}: locked for {} more minute(s) after repeated"
            + " failures",
        username,
        request.getRemoteAddr(),
        minutes);
    request.getSession().setAttribute(LOCKED_MINUTES, minutes);
    response.sendRedirect(request.getContextPath() + loginPath + "?locked");
  }
}
