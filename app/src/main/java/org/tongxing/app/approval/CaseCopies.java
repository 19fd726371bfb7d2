package org.tongxing.app.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tongxing.app.persistence.AppDatabase;

/** Copies for information in the app's database. */
@Component
public class CaseCopies {

  private static final String COLUMNS =
      "id, process_instance_key, task_key, task_name,"
          + " process_name, recipient_kind, recipient, sent_by, sent_by_name, note, created_at,"
          + " read_at";
  private static final int MOST = 200;

  private final AppDatabase database;

  public CaseCopies(AppDatabase database) {
    this.database = database;
  }

  public void add(
      long processInstanceKey,
      long taskKey,
      String taskName,
      String processName,
      CaseCopy.RecipientKind kind,
      String recipient,
      String sentBy,
      String sentByName,
      String note,
      OffsetDateTime now) {
    database
        .jdbc()
        .sql(
            "INSERT INTO case_copy (process_instance_key, task_key, task_name, process_name,"
                + " recipient_kind, recipient, sent_by, sent_by_name, note, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            processInstanceKey,
            taskKey,
            taskName,
            processName,
            kind.name(),
            recipient,
            sentBy,
            sentByName,
            note,
            now)
        .update();
  }

  /** The copies sent to the user or their departments, newest first. */
  public List<CaseCopy> to(String username, Set<String> groups) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "SELECT "
                + COLUMNS
                + " FROM case_copy WHERE"
                + " (recipient_kind = 'PERSON' AND recipient = ?)");
    parameters.add(username);
    if (!groups.isEmpty()) {
      sql.append(" OR (recipient_kind = 'DEPARTMENT' AND recipient IN (")
          .append(String.join(", ", groups.stream().map(group -> "?").toList()))
          .append("))");
      parameters.addAll(groups.stream().sorted().toList());
    }
    sql.append(" ORDER BY created_at DESC, id DESC");
    return database
        .jdbc()
        .sql(sql.toString())
        .params(parameters)
        .query(CaseCopies::copy)
        .list()
        .stream()
        .limit(MOST)
        .toList();
  }

  public boolean isCopiedTo(long taskKey, String username, Set<String> groups) {
    return ofTask(taskKey).stream()
        .anyMatch(
            copy ->
                copy.recipientKind() == CaseCopy.RecipientKind.PERSON
                    ? copy.recipient().equals(username)
                    : groups.contains(copy.recipient()));
  }

  public List<CaseCopy> ofTask(long taskKey) {
    return database
        .jdbc()
        .sql("SELECT " + COLUMNS + " FROM case_copy WHERE task_key = ?" + " ORDER BY id")
        .param(taskKey)
        .query(CaseCopies::copy)
        .list();
  }

  /** Marks the user's own copies of the task read; department copies stay for colleagues. */
  public void markRead(long taskKey, String username, OffsetDateTime now) {
    database
        .jdbc()
        .sql(
            "UPDATE case_copy SET read_at = ? WHERE task_key = ? AND recipient_kind = 'PERSON'"
                + " AND recipient = ? AND read_at IS NULL")
        .params(now, taskKey, username)
        .update();
  }

  private static CaseCopy copy(ResultSet row, int index) throws SQLException {
    return new CaseCopy(
        row.getLong("id"),
        row.getLong("process_instance_key"),
        row.getLong("task_key"),
        row.getString("task_name"),
        row.getString("process_name"),
        CaseCopy.RecipientKind.valueOf(row.getString("recipient_kind")),
        row.getString("recipient"),
        row.getString("sent_by"),
        row.getString("sent_by_name"),
        row.getString("note"),
        row.getObject("created_at", OffsetDateTime.class),
        row.getObject("read_at", OffsetDateTime.class));
  }
}
