package org.tongxing.app.staff;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.app.persistence.AppDatabase;

/**
 * The staff a task can be handed over, delegated or copied to, in the app's database. Filled by
 * every sign-in (whatever the identity provider: demo users, LDAP, OIDC) and, on the demo set-up,
 * with the demo users at start-up, so that it works without a directory the app can query.
 */
@Component
public class StaffDirectory {

  private final AppDatabase database;
  private final Clock clock;

  @Autowired
  public StaffDirectory(AppDatabase database) {
    this(database, Clock.systemUTC());
  }

  StaffDirectory(AppDatabase database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** Records or refreshes a member of staff. */
  public void remember(StaffMember member) {
    String groups = String.join(",", new TreeSet<>(member.groups()));
    OffsetDateTime now = OffsetDateTime.now(clock);
    int updated =
        database
            .jdbc()
            .sql(
                "UPDATE staff_member SET display_name = ?, groups_list = ?, last_seen_at = ?"
                    + " WHERE username = ?")
            .params(member.displayName(), groups, now, member.username())
            .update();
    if (updated == 0) {
      database
          .jdbc()
          .sql(
              "INSERT INTO staff_member (username, display_name, groups_list, last_seen_at)"
                  + " VALUES (?, ?, ?, ?)")
          .params(member.username(), member.displayName(), groups, now)
          .update();
    }
  }

  public Optional<StaffMember> find(String username) {
    return database
        .jdbc()
        .sql("SELECT username, display_name, groups_list FROM staff_member WHERE username = ?")
        .param(username)
        .query((row, i) -> member(row.getString(1), row.getString(2), row.getString(3)))
        .optional();
  }

  /** Everyone, by department then name. */
  public List<StaffMember> all() {
    return database
        .jdbc()
        .sql(
            "SELECT username, display_name, groups_list FROM staff_member"
                + " ORDER BY groups_list, username")
        .query((row, i) -> member(row.getString(1), row.getString(2), row.getString(3)))
        .list();
  }

  /** Members of any of the groups, by name. */
  public List<StaffMember> inGroups(Collection<String> groups) {
    return all().stream()
        .filter(member -> member.groups().stream().anyMatch(groups::contains))
        .toList();
  }

  /** Every department someone in the directory belongs to, sorted. */
  public List<String> departments() {
    TreeSet<String> departments = new TreeSet<>();
    all().forEach(member -> departments.addAll(member.groups()));
    return List.copyOf(departments);
  }

  private static StaffMember member(String username, String displayName, String groups) {
    return new StaffMember(
        username,
        displayName,
        groups == null || groups.isBlank() ? List.of() : Arrays.asList(groups.split(",")));
  }
}
