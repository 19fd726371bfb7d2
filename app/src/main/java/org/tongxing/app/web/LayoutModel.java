package org.tongxing.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.servlet.ModelAndView;
import org.tongxing.app.security.GroupAuthorities;
import org.tongxing.app.security.StaffNames;

/**
 * What the shared layout needs on every page: the signed-in user and the language switch. Exception
 * handlers call {@link #addTo} themselves, because {@code @ModelAttribute} methods of a controller
 * advice do not run for them.
 */
public final class LayoutModel {

  public static final String CURRENT_USER = "currentUser";
  public static final String LANGUAGE_LINKS = "languageLinks";

  private LayoutModel() {}

  public static void addTo(ModelAndView page, HttpServletRequest request) {
    page.addObject(LANGUAGE_LINKS, LanguageLinks.of(request));
    CurrentUserView user = currentUser(request.getUserPrincipal());
    if (user != null) {
      page.addObject(CURRENT_USER, user);
    }
  }

  /** The signed-in user, or {@code null} on pages seen before sign-in. */
  static CurrentUserView currentUser(Principal principal) {
    if (!(principal instanceof Authentication authentication)) {
      return null;
    }
    return new CurrentUserView(
        StaffNames.displayNameOf(authentication),
        List.copyOf(GroupAuthorities.groupsOf(authentication)));
  }
}
