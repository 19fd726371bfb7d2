package org.tongxing.app.modeler.draft;

import org.springframework.security.core.Authentication;
import org.tongxing.app.security.TongxingUser;

/** Who saved a version or deployed: the user name and the name people know them by. */
public record Author(String username, String displayName) {

  public Author {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("Expected an author's user name, but got none");
    }
  }

  public static Author of(Authentication authentication) {
    String name =
        authentication.getPrincipal() instanceof TongxingUser user
            ? user.getDisplayName()
            : authentication.getName();
    return new Author(authentication.getName(), name);
  }

  /** The display name, else the user name. */
  public String label() {
    return displayName == null || displayName.isBlank() ? username : displayName;
  }
}
