package org.tongxing.app.security;

import java.util.List;
import org.springframework.security.core.userdetails.User;

/** A signed-in member of staff: a user name for the engine, a display name for people. */
public class TongxingUser extends User {

  private final String displayName;
  private final List<String> groups;

  public TongxingUser(
      String username, String passwordHash, String displayName, List<String> groups) {
    super(username, passwordHash, GroupAuthorities.authoritiesOf(groups));
    this.displayName = displayName;
    this.groups = List.copyOf(groups);
  }

  public String getDisplayName() {
    return displayName;
  }

  public List<String> getGroups() {
    return groups;
  }

  /**
   * A fresh instance for one authentication: Spring Security erases the password of the instance it
   * authenticated, and the stored one must keep its hash for the next sign-in.
   */
  TongxingUser copy() {
    return new TongxingUser(getUsername(), getPassword(), displayName, groups);
  }
}
