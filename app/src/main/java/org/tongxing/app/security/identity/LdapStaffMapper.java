package org.tongxing.app.security.identity;

import java.util.Collection;
import java.util.EnumSet;
import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.ldap.userdetails.UserDetailsContextMapper;
import org.tongxing.app.security.TongxingUser;

/**
 * Makes a directory user Tongxing staff: the groups the directory lists for them map to departments
 * and roles ({@link AuthorityMapper}), the display name comes from the configured attribute. The
 * password stays in the directory.
 */
public class LdapStaffMapper implements UserDetailsContextMapper {

  private final AuthorityMapper mapper;
  private final String displayNameAttribute;

  public LdapStaffMapper(AuthorityMapper mapper, String displayNameAttribute) {
    this.mapper = mapper;
    this.displayNameAttribute = displayNameAttribute;
  }

  @Override
  public UserDetails mapUserFromContext(
      DirContextOperations context,
      String username,
      Collection<? extends GrantedAuthority> directoryGroups) {
    AuthorityMapper.Mapped mapped =
        mapper.map(directoryGroups.stream().map(GrantedAuthority::getAuthority).toList());
    String displayName = context.getStringAttribute(displayNameAttribute);
    return new TongxingUser(
        username,
        "",
        displayName == null ? username : displayName,
        mapped.departments(),
        mapped.roles().isEmpty()
            ? EnumSet.noneOf(org.tongxing.app.security.Role.class)
            : EnumSet.copyOf(mapped.roles()));
  }

  @Override
  public void mapUserToContext(UserDetails user, DirContextAdapter context) {
    throw new UnsupportedOperationException("Tongxing never writes to the directory");
  }
}
