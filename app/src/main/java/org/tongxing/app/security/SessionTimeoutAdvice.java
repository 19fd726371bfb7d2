package org.tongxing.app.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * The session's timeout for the page's warning ({@code static/js/session-timeout.js}), and the
 * address the warning's "keep working" button calls to extend the session.
 */
@ControllerAdvice(basePackages = "org.tongxing.app")
class SessionTimeoutAdvice {

  private final Duration timeout;

  SessionTimeoutAdvice(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
    this.timeout = timeout;
  }

  @ModelAttribute("sessionTimeout")
  Duration sessionTimeout() {
    return timeout;
  }

  /** Touching the session is enough: the request itself extends it. */
  @RestController
  static class KeepAlive {

    @GetMapping("/session/keep-alive")
    ResponseEntity<Void> keepAlive() {
      return ResponseEntity.noContent().build();
    }
  }
}
