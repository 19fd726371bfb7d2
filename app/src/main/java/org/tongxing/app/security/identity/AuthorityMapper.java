package org.tongxing.app.security.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.GrantedAuthority;
import org.tongxing.app.security.GroupAuthorities;
import org.tongxing.app.security.Role;

/**
 * Turns an identity provider's group names into departments and roles, by {@link
 * IdentityProperties}. Groups that map to neither are ignored: a provider knows many groups that
 * mean nothing here. A group that names an unknown role is refused, naming the group, so a typo in
 * the configuration is found at the first sign-in and not by a supervisor who sees nothing.
 */
public final class AuthorityMapper {

  private final IdentityProperties properties;

  public AuthorityMapper(IdentityProperties properties) {
    this.properties = properties;
  }

  public Mapped map(Collection<String> providerGroups) {
    Set<String> departments = new TreeSet<>();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String raw : providerGroups) {
      if (raw == null || raw.isBlank()) {
        continue;
      }
      String group = raw.strip();
      String department = properties.departmentGroups().get(group);
      if (department == null
          && !properties.departmentPrefix().isEmpty()
          && group.startsWith(properties.departmentPrefix())
          && group.length() > properties.departmentPrefix().length()) {
        department = group.substring(properties.departmentPrefix().length());
      }
      if (department != null) {
        departments.add(department.toLowerCase(Locale.ROOT));
      }
      String role = properties.roleGroups().get(group);
      if (role == null
          && !properties.rolePrefix().isEmpty()
          && group.startsWith(properties.rolePrefix())
          && group.length() > properties.rolePrefix().length()) {
        role = group.substring(properties.rolePrefix().length());
      }
      if (role != null) {
        roles.add(Role.parse(role, "provider group '" + group + "'"));
      }
    }
    return new Mapped(List.copyOf(departments), roles);
  }

  /** The departments and roles of one user. */
  public record Mapped(List<String> departments, Set<Role> roles) {

    public List<GrantedAuthority> authorities() {
      List<GrantedAuthority> authorities =
          new ArrayList<>(GroupAuthorities.authoritiesOf(departments));
      authorities.addAll(Role.authoritiesOf(roles));
      return authorities;
    }
  }
}
