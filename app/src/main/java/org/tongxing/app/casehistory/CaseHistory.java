package org.tongxing.app.casehistory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.tongxing.app.persistence.AppDatabase;

/**
 * The case history: what people did to each case, kept in the app's database. The engine records
 * what the process did; this records who decided, handed over, returned or changed what, and why,
 * on either runtime. Entries are never changed or deleted.
 */
@Component
public class CaseHistory {

  private static final int MAX_OPINION = 4000;
  private static final String COLUMNS =
      "id, process_instance_key, case_id, bpmn_process_id, task_key, element_id, element_name,"
          + " action, actor, actor_name, target, opinion, details, occurred_at";

  private final AppDatabase database;

  public CaseHistory(AppDatabase database) {
    this.database = database;
  }

  /** Stores the entry and returns it with its id. */
  public CaseHistoryEntry record(CaseHistoryEntry entry) {
    require(entry.action() != null, "an action");
    require(entry.actor() != null && !entry.actor().isBlank(), "an actor");
    require(entry.occurredAt() != null, "the time it occurred");
    if (entry.opinion() != null && entry.opinion().length() > MAX_OPINION) {
      throw new IllegalArgumentException(
          "Expected an opinion of at most "
              + MAX_OPINION
              + " characters, but got "
              + entry.opinion().length());
    }
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    database
        .jdbc()
        .sql(
            "INSERT INTO case_history_entry (process_instance_key, case_id, bpmn_process_id,"
                + " task_key, element_id, element_name, action, actor, actor_name, target, opinion,"
                + " details, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            entry.processInstanceKey(),
            entry.caseId(),
            entry.bpmnProcessId(),
            entry.taskKey(),
            entry.elementId(),
            entry.elementName(),
            entry.action().name(),
            entry.actor(),
            entry.actorName(),
            entry.target(),
            entry.opinion(),
            entry.details(),
            entry.occurredAt())
        .update(key, "id");
    return new CaseHistoryEntry(
        key.getKey().longValue(),
        entry.processInstanceKey(),
        entry.caseId(),
        entry.bpmnProcessId(),
        entry.taskKey(),
        entry.elementId(),
        entry.elementName(),
        entry.action(),
        entry.actor(),
        entry.actorName(),
        entry.target(),
        entry.opinion(),
        entry.details(),
        entry.occurredAt());
  }

  /** A case's history, oldest first. */
  public List<CaseHistoryEntry> ofProcessInstance(long processInstanceKey) {
    return database
        .jdbc()
        .sql(
            "SELECT "
                + COLUMNS
                + " FROM case_history_entry WHERE process_instance_key = ?"
                + " ORDER BY occurred_at, id")
        .param(processInstanceKey)
        .query(CaseHistory::entry)
        .list();
  }

  /** Everything done under one business case id (all its process instances), oldest first. */
  public List<CaseHistoryEntry> ofCase(String caseId) {
    return database
        .jdbc()
        .sql(
            "SELECT "
                + COLUMNS
                + " FROM case_history_entry WHERE case_id = ?"
                + " ORDER BY occurred_at, id")
        .param(caseId)
        .query(CaseHistory::entry)
        .list();
  }

  private static CaseHistoryEntry entry(ResultSet row, int index) throws SQLException {
    return new CaseHistoryEntry(
        row.getLong("id"),
        row.getLong("process_instance_key"),
        row.getString("case_id"),
        row.getString("bpmn_process_id"),
        row.getObject("task_key", Long.class),
        row.getString("element_id"),
        row.getString("element_name"),
        CaseAction.valueOf(row.getString("action")),
        row.getString("actor"),
        row.getString("actor_name"),
        row.getString("target"),
        row.getString("opinion"),
        row.getString("details"),
        row.getObject("occurred_at", OffsetDateTime.class));
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException(
          "Expected a case history entry with " + what + ", but it has none");
    }
  }
}
