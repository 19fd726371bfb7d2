package org.tongxing.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tongxing.app.security.AccessDeniedPageHandler;

/**
 * The 403 page that Spring Security forwards to. Other error pages are Spring Boot's error handling
 * with the templates in {@code templates/error/}.
 */
@Controller
public class ErrorPagesController {

  /** Any method: the forward keeps the refused request's method, often a POST. */
  @RequestMapping("/access-denied")
  public String accessDenied(
      HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    model.addAttribute(
        "sessionExpired",
        Boolean.TRUE.equals(request.getAttribute(AccessDeniedPageHandler.SESSION_EXPIRED)));
    return "error/403";
  }
}
