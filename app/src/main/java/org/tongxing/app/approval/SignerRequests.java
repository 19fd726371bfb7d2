package org.tongxing.app.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.tongxing.app.persistence.AppDatabase;

/** Requested co-signers in the app's database. */
@Component
public class SignerRequests {

  private static final String COLUMNS =
      "id, parent_task_key, parent_process_instance_key,"
          + " sign_position, signer_kind, signer, helper_process_instance_key, requested_by,"
          + " requested_by_name, note, state, decision, opinion, signed_by, held_values, created_at,"
          + " settled_at";

  private final AppDatabase database;

  public SignerRequests(AppDatabase database) {
    this.database = database;
  }

  public SignerRequest add(
      long parentTaskKey,
      long parentProcessInstanceKey,
      SignerRequest.Position position,
      SignerRequest.SignerKind kind,
      String signer,
      String requestedBy,
      String requestedByName,
      String note,
      OffsetDateTime now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    database
        .jdbc()
        .sql(
            "INSERT INTO signer_request (parent_task_key, parent_process_instance_key,"
                + " sign_position, signer_kind, signer, requested_by, requested_by_name, note, state,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)")
        .params(
            parentTaskKey,
            parentProcessInstanceKey,
            position.name(),
            kind.name(),
            signer,
            requestedBy,
            requestedByName,
            note,
            now)
        .update(key, "id");
    return find(key.getKey().longValue()).orElseThrow();
  }

  public Optional<SignerRequest> find(long id) {
    return database
        .jdbc()
        .sql("SELECT " + COLUMNS + " FROM signer_request WHERE id = ?")
        .param(id)
        .query(SignerRequests::request)
        .optional();
  }

  /** Every request of a task, oldest first. */
  public List<SignerRequest> ofTask(long parentTaskKey) {
    return database
        .jdbc()
        .sql("SELECT " + COLUMNS + " FROM signer_request WHERE parent_task_key = ? ORDER BY id")
        .param(parentTaskKey)
        .query(SignerRequests::request)
        .list();
  }

  public Optional<SignerRequest> ofHelper(long helperProcessInstanceKey) {
    return database
        .jdbc()
        .sql("SELECT " + COLUMNS + " FROM signer_request WHERE helper_process_instance_key = ?")
        .param(helperProcessInstanceKey)
        .query(SignerRequests::request)
        .optional();
  }

  /** Requests whose helper runs, for the reconciler. */
  public List<SignerRequest> startedAndPending() {
    return database
        .jdbc()
        .sql(
            "SELECT "
                + COLUMNS
                + " FROM signer_request WHERE state = 'PENDING'"
                + " AND helper_process_instance_key IS NOT NULL ORDER BY id")
        .query(SignerRequests::request)
        .list();
  }

  /** Requests co-signing a task the user may therefore look at: their own or their groups'. */
  public boolean signsFor(long parentTaskKey, String username, java.util.Set<String> groups) {
    return ofTask(parentTaskKey).stream()
        .anyMatch(
            request ->
                request.state() != SignerRequest.State.CANCELED
                    && (request.signerKind() == SignerRequest.SignerKind.PERSON
                        ? request.signer().equals(username)
                        : groups.contains(request.signer())));
  }

  public void started(long id, long helperProcessInstanceKey, String heldValues) {
    database
        .jdbc()
        .sql(
            "UPDATE signer_request SET helper_process_instance_key = ?, held_values = ?"
                + " WHERE id = ?")
        .params(helperProcessInstanceKey, heldValues, id)
        .update();
  }

  /** Records the signature once; false when it was already settled. */
  public boolean signed(
      long id, String decision, String opinion, String signedBy, OffsetDateTime now) {
    return database
            .jdbc()
            .sql(
                "UPDATE signer_request SET state = 'SIGNED', decision = ?, opinion = ?,"
                    + " signed_by = ?, settled_at = ? WHERE id = ? AND state = 'PENDING'")
            .params(decision, opinion, signedBy, now, id)
            .update()
        == 1;
  }

  public void cancel(long id, OffsetDateTime now) {
    database
        .jdbc()
        .sql(
            "UPDATE signer_request SET state = 'CANCELED', settled_at = ? WHERE id = ?"
                + " AND state = 'PENDING'")
        .params(now, id)
        .update();
  }

  private static SignerRequest request(ResultSet row, int index) throws SQLException {
    long helper = row.getLong("helper_process_instance_key");
    Long helperKey = row.wasNull() ? null : helper;
    return new SignerRequest(
        row.getLong("id"),
        row.getLong("parent_task_key"),
        row.getLong("parent_process_instance_key"),
        SignerRequest.Position.valueOf(row.getString("sign_position")),
        SignerRequest.SignerKind.valueOf(row.getString("signer_kind")),
        row.getString("signer"),
        helperKey,
        row.getString("requested_by"),
        row.getString("requested_by_name"),
        row.getString("note"),
        SignerRequest.State.valueOf(row.getString("state")),
        row.getString("decision"),
        row.getString("opinion"),
        row.getString("signed_by"),
        row.getString("held_values"),
        row.getObject("created_at", OffsetDateTime.class),
        row.getObject("settled_at", OffsetDateTime.class));
  }
}
