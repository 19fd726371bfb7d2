package org.tongxing.app.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Maps candidate groups (department ids such as {@code dpf}) to Spring Security authorities and
 * back. The tasklist reads groups only through this class, so a later identity provider (LDAP,
 * OIDC) only has to grant {@code GROUP_<id>} authorities.
 */
public final class GroupAuthorities {

  public static final String PREFIX = "GROUP_";

  private GroupAuthorities() {}

  public static GrantedAuthority authorityOf(String group) {
    return new SimpleGrantedAuthority(PREFIX + group);
  }

  public static List<GrantedAuthority> authoritiesOf(Collection<String> groups) {
    return groups.stream().map(GroupAuthorities::authorityOf).toList();
  }

  /** The candidate groups of a signed-in user, sorted; empty for anonymous or missing users. */
  public static Set<String> groupsOf(Authentication authentication) {
    Set<String> groups = new TreeSet<>();
    if (authentication == null) {
      return groups;
    }
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      String name = authority.getAuthority();
      if (name != null && name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
        groups.add(name.substring(PREFIX.length()));
      }
    }
    return groups;
  }
}
