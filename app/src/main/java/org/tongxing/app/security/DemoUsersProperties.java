package org.tongxing.app.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo staff accounts for the embedded runtime ({@code tongxing.demo-users}). When no users are
 * configured, {@link BuiltInDemoUsers} gives one or two per department.
 *
 * @param enabled whether the demo accounts can sign in; production sets {@code false}
 * @param users the accounts; empty means the built-in list
 */
@ConfigurationProperties("tongxing.demo-users")
public record DemoUsersProperties(@DefaultValue("true") boolean enabled, List<DemoUser> users) {

  /**
   * One demo account.
   *
   * @param password the raw password, or a hash with its encoder id such as {@code {bcrypt}…}
   * @param groups candidate groups, the department ids of the policy (e.g. {@code dpf})
   * @param roles names of {@link Role}s beyond the department's tasks (e.g. {@code supervisor});
   *     none when omitted
   */
  public record DemoUser(
      String username,
      String displayName,
      String password,
      List<String> groups,
      List<String> roles) {

    @ConstructorBinding
    public DemoUser {
      roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** A member of staff with no role beyond their departments' tasks. */
    public DemoUser(String username, String displayName, String password, List<String> groups) {
      this(username, displayName, password, groups, List.of());
    }
  }

  public List<DemoUser> effectiveUsers() {
    return users == null || users.isEmpty() ? BuiltInDemoUsers.ALL : users;
  }
}
