package org.tongxing.app.monitoring;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.tongxing.app.security.GroupAuthorities;
import org.tongxing.app.security.Role;
import org.tongxing.app.security.TongxingUser;

/**
 * The supervisor looking at the monitoring pages: whose departments' cases they see, and whether
 * they may unmask ID numbers.
 */
public record Viewer(String username, String displayName, Set<String> groups, Set<Role> roles) {

  public Viewer {
    groups = Set.copyOf(groups);
    roles = Set.copyOf(roles);
  }

  public static Viewer of(Authentication authentication) {
    String displayName =
        authentication.getPrincipal() instanceof TongxingUser user
            ? user.getDisplayName()
            : authentication.getName();
    return new Viewer(
        authentication.getName(),
        displayName,
        GroupAuthorities.groupsOf(authentication),
        Role.rolesOf(authentication));
  }

  /** The lead office sees every department's cases; a supervisor only their own. */
  public boolean seesAllDepartments() {
    return roles.contains(Role.LEAD_OFFICE);
  }

  public boolean mayUnmaskIdentities() {
    return roles.contains(Role.IDENTITY_VIEWER);
  }
}
