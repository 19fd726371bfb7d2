package org.tongxing.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST to {@code /login}. */
@Controller
public class LoginController {

  private final boolean demoUsersEnabled;

  LoginController(@Value("${tongxing.demo-users.enabled:true}") boolean demoUsersEnabled) {
    this.demoUsersEnabled = demoUsersEnabled;
  }

  @GetMapping(SecurityConfiguration.LOGIN_PAGE)
  String login(HttpServletRequest request, Authentication authentication, Model model) {
    if (authentication != null
        && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken)) {
      return "redirect:/tasks";
    }
    model.addAttribute("loginFailed", hasFlag(request, "error"));
    model.addAttribute("loggedOut", hasFlag(request, "logout"));
    model.addAttribute("lastUsername", takeLastUsername(request));
    model.addAttribute("demoUsersEnabled", demoUsersEnabled);
    return "login";
  }

  /** The name typed at the failed attempt; shown once, then forgotten. */
  private static String takeLastUsername(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !hasFlag(request, "error")) {
      return "";
    }
    Object name = session.getAttribute(LoginFailureHandler.LAST_USERNAME);
    session.removeAttribute(LoginFailureHandler.LAST_USERNAME);
    return name instanceof String text ? text : "";
  }

  /** {@code ?error} carries no value; only its presence counts. */
  private static boolean hasFlag(HttpServletRequest request, String name) {
    return request.getParameterMap().containsKey(name);
  }
}
