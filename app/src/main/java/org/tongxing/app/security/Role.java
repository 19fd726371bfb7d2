package org.tongxing.app.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a member of staff may do beyond the tasks of their departments (their groups). Granted as
 * Spring Security authorities {@code ROLE_<name>}, so an identity provider (LDAP, OIDC) only has to
 * map its groups or claims to these.
 */
public enum Role {
  /** Sees the cases, deadlines and incidents of their own departments (monitoring). */
  SUPERVISOR,
  /** The lead office (市残联 coordinating office): sees every department's cases. */
  LEAD_OFFICE,
  /** Edits, checks and deploys processes, decision tables and forms (modeler). */
  POLICY_OWNER,
  /** May see ID numbers unmasked; every unmasking is logged. */
  IDENTITY_VIEWER;

  public static final String AUTHORITY_PREFIX = "ROLE_";

  /** The authority name, e.g. {@code ROLE_SUPERVISOR}, for {@code hasAuthority(...)}. */
  public String authority() {
    return AUTHORITY_PREFIX + name();
  }

  public static List<GrantedAuthority> authoritiesOf(Collection<Role> roles) {
    return roles.stream()
        .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
        .toList();
  }

  /** The roles of a signed-in user; empty for anonymous users. */
  public static Set<Role> rolesOf(Authentication authentication) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (authentication == null) {
      return roles;
    }
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      for (Role role : values()) {
        if (role.authority().equals(authority.getAuthority())) {
          roles.add(role);
        }
      }
    }
    return roles;
  }

  /** The role named (case-insensitive), or an error that lists the known ones. */
  public static Role parse(String name, String where) {
    for (Role role : values()) {
      if (role.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return role;
      }
    }
    throw new IllegalStateException(
        "Expected a role of %s for %s, but got '%s'".formatted(List.of(values()), where, name));
  }
}
