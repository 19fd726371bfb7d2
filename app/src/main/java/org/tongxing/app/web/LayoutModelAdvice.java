package org.tongxing.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page rendered by the app's controllers what the shared layout shows; not the REST
 * API's controllers (another package), whose answers have no layout.
 */
@ControllerAdvice(basePackages = "org.tongxing.app")
class LayoutModelAdvice {

  @ModelAttribute(LayoutModel.CURRENT_USER)
  CurrentUserView currentUser(Principal principal) {
    return LayoutModel.currentUser(principal);
  }

  @ModelAttribute(LayoutModel.LANGUAGE_LINKS)
  LanguageLinks languageLinks(HttpServletRequest request) {
    return LanguageLinks.of(request);
  }
}
