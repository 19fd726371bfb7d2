package org.tongxing.app.security;

import org.springframework.security.core.Authentication;

/** The display name of whoever is signed in, with the user name when the provider gives none. */
public final class StaffNames {

  private StaffNames() {}

  public static String displayNameOf(Authentication authentication) {
    if (authentication == null) {
      return null;
    }
    if (authentication.getPrincipal() instanceof StaffPrincipal staff
        && staff.getDisplayName() != null
        && !staff.getDisplayName().isBlank()) {
      return staff.getDisplayName();
    }
    return authentication.getName();
  }
}
