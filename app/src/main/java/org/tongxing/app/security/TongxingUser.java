package org.tongxing.app.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in member of staff: a user name for the engine, a display name for people, the
 * departments whose tasks they do (groups) and what else they may do (roles).
 */
public class TongxingUser extends User implements StaffPrincipal {

  private final String displayName;
  private final List<String> groups;
  private final Set<Role> roles;

  public TongxingUser(
      String username,
      String passwordHash,
      String displayName,
      List<String> groups,
      Set<Role> roles) {
    super(username, passwordHash, authorities(groups, roles));
    this.displayName = displayName;
    this.groups = List.copyOf(groups);
    this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  private static List<GrantedAuthority> authorities(List<String> groups, Set<Role> roles) {
    List<GrantedAuthority> authorities = new ArrayList<>(GroupAuthorities.authoritiesOf(groups));
    authorities.addAll(Role.authoritiesOf(roles));
    return authorities;
  }

  public Set<Role> getRoles() {
    return roles;
  }

  @Override
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
    return new TongxingUser(getUsername(), getPassword(), displayName, groups, roles);
  }
}
