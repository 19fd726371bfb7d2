package org.tongxing.app.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tongxing.app.security.DemoUsersProperties.DemoUser;

/**
 * Demo staff accounts held in memory. Passwords are hashed once at start-up with the delegating
 * encoder, so no plain-text password stays in memory or reaches a log.
 */
public final class DemoUserDetailsService implements UserDetailsService {

  /** An already hashed password carries its encoder id, e.g. {@code {bcrypt}$2a$…}. */
  private static final Pattern HASHED = Pattern.compile("^\\{[A-Za-z0-9_.-]+}.+");

  private final Map<String, TongxingUser> usersByName;

  public DemoUserDetailsService(List<DemoUser> users, PasswordEncoder passwordEncoder) {
    Map<String, TongxingUser> byName = new LinkedHashMap<>();
    for (DemoUser user : users) {
      TongxingUser account = toAccount(user, passwordEncoder);
      if (byName.putIfAbsent(normalize(user.username()), account) != null) {
        throw new IllegalStateException(
            "Expected unique demo user names, but '%s' appears twice".formatted(user.username()));
      }
    }
    this.usersByName = Collections.unmodifiableMap(byName);
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    TongxingUser user = username == null ? null : usersByName.get(normalize(username));
    if (user == null) {
      throw new UsernameNotFoundException("No demo user named " + username);
    }
    return user.copy();
  }

  public int size() {
    return usersByName.size();
  }

  private static TongxingUser toAccount(DemoUser user, PasswordEncoder passwordEncoder) {
    if (user.username() == null || user.username().isBlank()) {
      throw new IllegalStateException(
          "Expected every demo user to have a username, but one has none");
    }
    if (user.groups() == null || user.groups().isEmpty()) {
      throw new IllegalStateException(
          "Expected demo user '%s' to belong to at least one group, but it has none"
              .formatted(user.username()));
    }
    String displayName =
        user.displayName() == null || user.displayName().isBlank()
            ? user.username()
            : user.displayName();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String role : user.roles()) {
      roles.add(Role.parse(role, "demo user '" + user.username() + "'"));
    }
    return new TongxingUser(
        user.username(),
        hash(user, passwordEncoder),
        displayName,
        List.copyOf(user.groups()),
        roles);
  }

  private static String hash(DemoUser user, PasswordEncoder passwordEncoder) {
    String password = user.password();
    if (password == null || password.isEmpty()) {
      throw new IllegalStateException(
          "Expected demo user '%s' to have a password, but it has none".formatted(user.username()));
    }
    if (password.startsWith("{noop}")) {
      throw new IllegalStateException(
          ("Expected demo user '%s' to have a raw or hashed password, but it is marked {noop}: "
                  + "give the raw password and it is hashed at start-up")
              .formatted(user.username()));
    }
    return HASHED.matcher(password).matches() ? password : passwordEncoder.encode(password);
  }

  private static String normalize(String username) {
    return username.trim().toLowerCase(Locale.ROOT);
  }
}
