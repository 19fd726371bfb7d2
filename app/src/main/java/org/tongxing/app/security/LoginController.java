package org.tongxing.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tongxing.app.security.throttle.SignInThrottleFilter;

/** The sign-in page; Spring Security handles the form's POST to {@code /login}. */
@Controller
public class LoginController {

  private final boolean demoUsersEnabled;
  private final List<OidcProvider> oidcProviders;

  LoginController(
      @Value("${tongxing.demo-users.enabled:true}") boolean demoUsersEnabled,
      ObjectProvider<ClientRegistrationRepository> oidcClients) {
    this.demoUsersEnabled = demoUsersEnabled;
    List<OidcProvider> providers = new ArrayList<>();
    if (oidcClients.getIfAvailable() instanceof Iterable<?> registrations) {
      for (Object registration : registrations) {
        ClientRegistration client = (ClientRegistration) registration;
        providers.add(
            new OidcProvider(
                client.getClientName(), "/oauth2/authorization/" + client.getRegistrationId()));
      }
    }
    this.oidcProviders = List.copyOf(providers);
  }

  /** A provider's sign-in button: its name and the address that starts the sign-in. */
  public record OidcProvider(String name, String href) {}

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
    model.addAttribute("sessionExpired", hasFlag(request, "expired"));
    model.addAttribute("lockedMinutes", lockedMinutes(request));
    model.addAttribute("oidcProviders", oidcProviders);
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

  /** After a refused attempt of a locked-out user: how many minutes to wait; else null. */
  private static Object lockedMinutes(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !hasFlag(request, "locked")) {
      return null;
    }
    return session.getAttribute(SignInThrottleFilter.LOCKED_MINUTES);
  }

  /** {@code ?error} carries no value; only its presence counts. */
  private static boolean hasFlag(HttpServletRequest request, String name) {
    return request.getParameterMap().containsKey(name);
  }
}
