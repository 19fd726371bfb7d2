package org.tongxing.app.security.identity;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an identity provider's users become Tongxing staff ({@code tongxing.identity}): which claims
 * or attributes name them, and which of the provider's groups are departments ({@code
 * GROUP_<department>}) and roles ({@code ROLE_<role>}). A group maps by the explicit maps first,
 * then by the prefixes: with {@code department-prefix: tongxing-dept-}, the group {@code
 * tongxing-dept-dpf} is the department {@code dpf}.
 *
 * @param usernameClaim the OIDC claim that is the user name for the engine (assignee)
 * @param displayNameClaim the OIDC claim with the name people read
 * @param groupsClaim the OIDC claim with the user's groups (a list, or one string)
 * @param departmentGroups provider group → department id
 * @param departmentPrefix a provider group with this prefix is the department after it
 * @param roleGroups provider group → role name ({@code supervisor}, {@code lead_office}, …)
 * @param rolePrefix a provider group with this prefix is the role after it
 * @param ldap the LDAP directory, when staff sign in with their directory password
 */
@ConfigurationProperties("tongxing.identity")
public record IdentityProperties(
    @DefaultValue("preferred_username") String usernameClaim,
    @DefaultValue("name") String displayNameClaim,
    @DefaultValue("groups") String groupsClaim,
    Map<String, String> departmentGroups,
    @DefaultValue("tongxing-dept-") String departmentPrefix,
    Map<String, String> roleGroups,
    @DefaultValue("tongxing-role-") String rolePrefix,
    @DefaultValue Ldap ldap) {

  @ConstructorBinding
  public IdentityProperties {
    departmentGroups = departmentGroups == null ? Map.of() : Map.copyOf(departmentGroups);
    roleGroups = roleGroups == null ? Map.of() : Map.copyOf(roleGroups);
  }

  /**
   * An LDAP directory ({@code tongxing.identity.ldap}).
   *
   * @param url e.g. {@code ldaps://ldap.example.gov.cn:636/dc=example,dc=gov,dc=cn}
   * @param userDnPatterns e.g. {@code uid={0},ou=people}, relative to the URL's base
   * @param userSearchBase where to search for the user when no pattern fits, e.g. {@code ou=people}
   * @param userSearchFilter e.g. {@code (uid={0})}
   * @param groupSearchBase e.g. {@code ou=groups}
   * @param groupSearchFilter e.g. {@code (member={0})}; {@code {0}} is the user's DN
   * @param groupNameAttribute the group attribute that is its name, e.g. {@code cn}
   * @param displayNameAttribute the user attribute with the name people read, e.g. {@code
   *     displayName}
   * @param managerDn a DN to search with, or empty to search anonymously
   */
  public record Ldap(
      @DefaultValue("false") boolean enabled,
      String url,
      @DefaultValue List<String> userDnPatterns,
      @DefaultValue("") String userSearchBase,
      @DefaultValue("(uid={0})") String userSearchFilter,
      @DefaultValue("ou=groups") String groupSearchBase,
      @DefaultValue("(member={0})") String groupSearchFilter,
      @DefaultValue("cn") String groupNameAttribute,
      @DefaultValue("displayName") String displayNameAttribute,
      String managerDn,
      String managerPassword) {}
}
