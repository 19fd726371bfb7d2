package org.tongxing.app.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.tongxing.app.persistence.AppDatabase;

/** Delegations in the app's database: at most one pending per task. */
@Component
public class Delegations {

  private static final String COLUMNS =
      "id, task_key, process_instance_key, owner, owner_name,"
          + " delegate, delegate_name, note, state, result_values, result_opinion, created_at,"
          + " settled_at";

  private final AppDatabase database;

  public Delegations(AppDatabase database) {
    this.database = database;
  }

  public Delegation open(
      long taskKey,
      long processInstanceKey,
      String owner,
      String ownerName,
      String delegate,
      String delegateName,
      String note,
      OffsetDateTime now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    database
        .jdbc()
        .sql(
            "INSERT INTO task_delegation (task_key, process_instance_key, owner, owner_name,"
                + " delegate, delegate_name, note, state, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)")
        .params(taskKey, processInstanceKey, owner, ownerName, delegate, delegateName, note, now)
        .update(key, "id");
    return new Delegation(
        key.getKey().longValue(),
        taskKey,
        processInstanceKey,
        owner,
        ownerName,
        delegate,
        delegateName,
        note,
        Delegation.State.PENDING,
        null,
        null,
        now,
        null);
  }

  public Optional<Delegation> pending(long taskKey) {
    return latest(taskKey, "state = 'PENDING'");
  }

  /** The last delegation given back on the task, to show the owner the delegate's work. */
  public Optional<Delegation> lastResolved(long taskKey) {
    return latest(taskKey, "state = 'RESOLVED'");
  }

  public void settle(
      long id,
      Delegation.State state,
      String resultValues,
      String resultOpinion,
      OffsetDateTime now) {
    database
        .jdbc()
        .sql(
            "UPDATE task_delegation SET state = ?, result_values = ?, result_opinion = ?,"
                + " settled_at = ? WHERE id = ? AND state = 'PENDING'")
        .params(state.name(), resultValues, resultOpinion, now, id)
        .update();
  }

  private Optional<Delegation> latest(long taskKey, String condition) {
    return database
        .jdbc()
        .sql(
            "SELECT "
                + COLUMNS
                + " FROM task_delegation WHERE task_key = ? AND "
                + condition
                + " ORDER BY id DESC")
        .param(taskKey)
        .query(Delegations::delegation)
        .list()
        .stream()
        .findFirst();
  }

  private static Delegation delegation(ResultSet row, int index) throws SQLException {
    return new Delegation(
        row.getLong("id"),
        row.getLong("task_key"),
        row.getLong("process_instance_key"),
        row.getString("owner"),
        row.getString("owner_name"),
        row.getString("delegate"),
        row.getString("delegate_name"),
        row.getString("note"),
        Delegation.State.valueOf(row.getString("state")),
        row.getString("result_values"),
        row.getString("result_opinion"),
        row.getObject("created_at", OffsetDateTime.class),
        row.getObject("settled_at", OffsetDateTime.class));
  }
}
