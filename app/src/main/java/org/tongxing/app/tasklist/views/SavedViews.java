package org.tongxing.app.tasklist.views;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tongxing.app.persistence.AppDatabase;
import org.tongxing.app.tasklist.TasklistUser;

/**
 * Saved views in the app's database: each user's own, and those shared with their departments. Only
 * the owner may delete a view; a view is shared only with a department its owner is in.
 */
@Component
public class SavedViews {

  public static final int MAX_NAME = 50;
  public static final int MAX_QUERY = 2000;

  /** More saved views than this per person help nobody find one. */
  public static final int MAX_PER_OWNER = 50;

  private static final String COLUMNS =
      "id, owner, owner_name, name, query, shared_group, created_at";

  private final AppDatabase database;
  private final Clock clock;

  @Autowired
  public SavedViews(AppDatabase database) {
    this(database, Clock.systemUTC());
  }

  SavedViews(AppDatabase database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** The user's own views, then those their departments share, each by name. */
  public List<SavedView> visibleTo(TasklistUser user) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(user.username());
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM task_view WHERE owner = ?");
    if (!user.groups().isEmpty()) {
      sql.append(" OR shared_group IN (")
          .append(String.join(", ", user.groups().stream().map(g -> "?").toList()))
          .append(")");
      parameters.addAll(user.groups().stream().sorted().toList());
    }
    sql.append(" ORDER BY CASE WHEN owner = ? THEN 0 ELSE 1 END, name, id");
    parameters.add(user.username());
    return database.jdbc().sql(sql.toString()).params(parameters).query(SavedViews::view).list();
  }

  public Optional<SavedView> find(long id) {
    return database
        .jdbc()
        .sql("SELECT " + COLUMNS + " FROM task_view WHERE id = ?")
        .param(id)
        .query(SavedViews::view)
        .optional();
  }

  /**
   * Saves a view.
   *
   * @throws InvalidSavedViewException naming the problem, when the name is empty or too long or the
   *     owner has too many views
   * @throws AccessDeniedException when it would be shared with a department the owner is not in
   */
  public SavedView save(
      TasklistUser owner, String ownerName, String name, String query, String sharedGroup) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidSavedViewException(InvalidSavedViewException.NAME_REQUIRED);
    }
    if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME) {
      throw new InvalidSavedViewException(InvalidSavedViewException.NAME_TOO_LONG);
    }
    String group = sharedGroup == null || sharedGroup.isBlank() ? null : sharedGroup.strip();
    if (group != null && !owner.groups().contains(group)) {
      throw new AccessDeniedException(
          "Expected to share a view with a department of %s %s, but got '%s'"
              .formatted(owner.username(), owner.groups(), group));
    }
    String kept = query == null ? "" : query.strip();
    if (kept.length() > MAX_QUERY) {
      throw new InvalidSavedViewException(InvalidSavedViewException.QUERY_TOO_LONG);
    }
    Integer count =
        database
            .jdbc()
            .sql("SELECT COUNT(*) FROM task_view WHERE owner = ?")
            .param(owner.username())
            .query(Integer.class)
            .single();
    if (count >= MAX_PER_OWNER) {
      throw new InvalidSavedViewException(InvalidSavedViewException.TOO_MANY);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    database
        .jdbc()
        .sql(
            "INSERT INTO task_view (owner, owner_name, name, query, shared_group, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(owner.username(), ownerName, trimmed, kept, group, now)
        .update(key, "id");
    return new SavedView(
        key.getKey().longValue(), owner.username(), ownerName, trimmed, kept, group, now);
  }

  /** Deletes the owner's view; anyone else's attempt is refused. */
  public void delete(long id, TasklistUser user) {
    SavedView view =
        find(id)
            .orElseThrow(() -> new InvalidSavedViewException(InvalidSavedViewException.NOT_FOUND));
    if (!view.isOwnedBy(user.username())) {
      throw new AccessDeniedException(
          "Expected %s to own saved view %d, but %s does"
              .formatted(user.username(), id, view.owner()));
    }
    database.jdbc().sql("DELETE FROM task_view WHERE id = ?").param(id).update();
  }

  private static SavedView view(ResultSet row, int index) throws SQLException {
    return new SavedView(
        row.getLong("id"),
        row.getString("owner"),
        row.getString("owner_name"),
        row.getString("name"),
        row.getString("query"),
        row.getString("shared_group"),
        row.getObject("created_at", OffsetDateTime.class));
  }
}
