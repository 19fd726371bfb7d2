package org.tongxing.app.modeler.draft;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelFiles;
import org.tongxing.app.modeler.resource.ModelKind;
import org.tongxing.app.persistence.AppDatabase;

/**
 * The drafts in the app's database. A save never changes a version: it adds the next one, with all
 * the draft's files as they are after the save, so any two versions can be compared and any old one
 * restored. A save on top of an outdated version is refused (someone saved in between).
 */
@Component
public class Drafts {

  static final int MAX_TITLE = 200;
  static final int MAX_MESSAGE = 1000;

  private static final String DRAFT_COLUMNS =
      "d.id AS d_id, d.title AS d_title,"
          + " d.origin AS d_origin, d.created_by AS d_created_by, d.created_by_name AS d_created_by_name,"
          + " d.created_at AS d_created_at";
  private static final String VERSION_COLUMNS =
      "v.id AS v_id, v.draft_id AS v_draft_id,"
          + " v.number AS v_number, v.message AS v_message, v.author AS v_author,"
          + " v.author_name AS v_author_name, v.created_at AS v_created_at";

  private final AppDatabase database;
  private final Clock clock;

  @Autowired
  public Drafts(AppDatabase database) {
    this(database, Clock.systemDefaultZone());
  }

  Drafts(AppDatabase database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** A new draft whose version 1 holds the files it starts from. */
  public DraftSnapshot create(
      String title, String origin, Collection<ModelFile> files, String message, Author author) {
    String checkedTitle = text(title, "a title", MAX_TITLE);
    String checkedMessage = text(message, "a message", MAX_MESSAGE);
    List<ModelFile> checked = readable(files);
    return database.inTransaction(
        () -> {
          OffsetDateTime now = OffsetDateTime.now(clock);
          GeneratedKeyHolder key = new GeneratedKeyHolder();
          database
              .jdbc()
              .sql(
                  "INSERT INTO modeler_draft (title, origin, created_by, created_by_name, created_at)"
                      + " VALUES (?, ?, ?, ?, ?)")
              .params(
                  checkedTitle,
                  abbreviate(origin, 500),
                  author.username(),
                  author.displayName(),
                  now)
              .update(key, "id");
          long draftId = key.getKey().longValue();
          insertVersion(draftId, 1, checkedMessage, author, now, checked);
          return latest(draftId);
        });
  }

  /**
   * Saves the next version on top of {@code baseVersion}: the files given replace (or add to) those
   * of the base, the names in {@code removed} go. Nothing is saved when the base is not the latest
   * version any more ({@link DraftConflictException}) or a file cannot be read.
   */
  public DraftSnapshot save(
      long draftId,
      int baseVersion,
      Collection<ModelFile> changed,
      Set<String> removed,
      String message,
      Author author) {
    String checkedMessage = text(message, "a message", MAX_MESSAGE);
    List<ModelFile> checked = readable(changed);
    return database.inTransaction(
        () -> {
          DraftSnapshot base = latest(draftId);
          if (base.version().number() != baseVersion) {
            throw new DraftConflictException(draftId, baseVersion, base.version());
          }
          Map<String, ModelFile> files = new LinkedHashMap<>();
          base.files().forEach(file -> files.put(file.fileName(), file));
          for (String name : removed) {
            if (files.remove(name) == null) {
              throw new IllegalArgumentException(
                  "Expected draft "
                      + draftId
                      + " to hold "
                      + name
                      + " to remove it, but it holds "
                      + files.keySet());
            }
          }
          checked.forEach(file -> files.put(file.fileName(), file));
          if (files.isEmpty()) {
            throw new IllegalArgumentException(
                "Expected draft " + draftId + " to keep at least one file, but none would be left");
          }
          insertVersion(
              draftId,
              baseVersion + 1,
              checkedMessage,
              author,
              OffsetDateTime.now(clock),
              List.copyOf(files.values()));
          return latest(draftId);
        });
  }

  /** Saves the files of an old version as the next version. */
  public DraftSnapshot restore(
      long draftId, int number, int baseVersion, String message, Author author) {
    DraftSnapshot old = snapshot(draftId, number);
    Set<String> gone = new java.util.HashSet<>();
    latest(draftId).files().forEach(file -> gone.add(file.fileName()));
    old.files().forEach(file -> gone.remove(file.fileName()));
    return save(draftId, baseVersion, old.files(), gone, message, author);
  }

  public Optional<Draft> find(long draftId) {
    return database
        .jdbc()
        .sql("SELECT " + DRAFT_COLUMNS + " FROM modeler_draft d WHERE d.id = ?")
        .param(draftId)
        .query(Drafts::draft)
        .optional();
  }

  /** Every draft, the one saved last first. */
  public List<DraftSummary> list() {
    List<DraftSummary> summaries = new ArrayList<>();
    database
        .jdbc()
        .sql(
            "SELECT "
                + DRAFT_COLUMNS
                + ", "
                + VERSION_COLUMNS
                + " FROM modeler_draft d"
                + " JOIN modeler_draft_version v ON v.draft_id = d.id AND v.number ="
                + " (SELECT MAX(number) FROM modeler_draft_version WHERE draft_id = d.id)"
                + " ORDER BY v.created_at DESC, v.id DESC")
        .query((row, index) -> new DraftSummary(draft(row, index), version(row, index), List.of()))
        .list()
        .forEach(
            summary ->
                summaries.add(
                    new DraftSummary(
                        summary.draft(), summary.latest(), fileNames(summary.latest().id()))));
    return summaries;
  }

  /** The draft's versions, the latest first. */
  public List<DraftVersion> versions(long draftId) {
    return database
        .jdbc()
        .sql(
            "SELECT "
                + VERSION_COLUMNS
                + " FROM modeler_draft_version v WHERE v.draft_id = ?"
                + " ORDER BY v.number DESC")
        .param(draftId)
        .query(Drafts::version)
        .list();
  }

  public DraftSnapshot latest(long draftId) {
    Draft draft = find(draftId).orElseThrow(() -> notFound(draftId));
    DraftVersion version =
        database
            .jdbc()
            .sql(
                "SELECT "
                    + VERSION_COLUMNS
                    + " FROM modeler_draft_version v WHERE v.draft_id = ?"
                    + " ORDER BY v.number DESC FETCH FIRST 1 ROWS ONLY")
            .param(draftId)
            .query(Drafts::version)
            .single();
    return new DraftSnapshot(draft, version, files(version.id()));
  }

  public DraftSnapshot snapshot(long draftId, int number) {
    Draft draft = find(draftId).orElseThrow(() -> notFound(draftId));
    DraftVersion version =
        database
            .jdbc()
            .sql(
                "SELECT "
                    + VERSION_COLUMNS
                    + " FROM modeler_draft_version v"
                    + " WHERE v.draft_id = ? AND v.number = ?")
            .params(draftId, number)
            .query(Drafts::version)
            .optional()
            .orElseThrow(
                () ->
                    new DraftNotFoundException(
                        "Expected version "
                            + number
                            + " of draft "
                            + draftId
                            + ", but the draft has versions 1 to "
                            + versions(draftId).get(0).number()));
    return new DraftSnapshot(draft, version, files(version.id()));
  }

  private void insertVersion(
      long draftId,
      int number,
      String message,
      Author author,
      OffsetDateTime at,
      List<ModelFile> files) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    database
        .jdbc()
        .sql(
            "INSERT INTO modeler_draft_version (draft_id, number, message, author, author_name,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(draftId, number, message, author.username(), author.displayName(), at)
        .update(key, "id");
    long versionId = key.getKey().longValue();
    for (ModelFile file : files) {
      database
          .jdbc()
          .sql(
              "INSERT INTO modeler_draft_file (version_id, file_name, kind, content)"
                  + " VALUES (?, ?, ?, ?)")
          .params(versionId, file.fileName(), file.kind().name(), file.content())
          .update();
    }
  }

  private List<ModelFile> files(long versionId) {
    return database
        .jdbc()
        .sql(
            "SELECT file_name, kind, content FROM modeler_draft_file WHERE version_id = ?"
                + " ORDER BY file_name")
        .param(versionId)
        .query(
            (row, index) ->
                new ModelFile(
                    row.getString("file_name"),
                    ModelKind.valueOf(row.getString("kind")),
                    row.getString("content")))
        .list();
  }

  private List<String> fileNames(long versionId) {
    return database
        .jdbc()
        .sql("SELECT file_name FROM modeler_draft_file WHERE version_id = ? ORDER BY file_name")
        .param(versionId)
        .query(String.class)
        .list();
  }

  /** Every file readable (well-formed, defining something), names unique; in name order. */
  private static List<ModelFile> readable(Collection<ModelFile> files) {
    Map<String, ModelFile> byName = new LinkedHashMap<>();
    for (ModelFile file : files) {
      ModelFiles.summarize(file);
      if (byName.put(file.fileName(), file) != null) {
        throw new IllegalArgumentException(
            "Expected each file name once, but " + file.fileName() + " is given twice");
      }
    }
    return byName.values().stream().sorted(Comparator.comparing(ModelFile::fileName)).toList();
  }

  private static String text(String value, String what, int max) {
    String stripped = value == null ? "" : value.strip();
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException("Expected " + what + ", but got none");
    }
    if (stripped.length() > max) {
      throw new IllegalArgumentException(
          "Expected " + what + " of at most " + max + " characters, but got " + stripped.length());
    }
    return stripped;
  }

  private static String abbreviate(String text, int max) {
    String value = text == null ? "" : text;
    return value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }

  private static DraftNotFoundException notFound(long draftId) {
    return new DraftNotFoundException("Expected a draft " + draftId + ", but there is none");
  }

  private static Draft draft(ResultSet row, int index) throws SQLException {
    return new Draft(
        row.getLong("d_id"),
        row.getString("d_title"),
        row.getString("d_origin"),
        new Author(row.getString("d_created_by"), row.getString("d_created_by_name")),
        row.getObject("d_created_at", OffsetDateTime.class));
  }

  private static DraftVersion version(ResultSet row, int index) throws SQLException {
    return new DraftVersion(
        row.getLong("v_id"),
        row.getLong("v_draft_id"),
        row.getInt("v_number"),
        row.getString("v_message"),
        new Author(row.getString("v_author"), row.getString("v_author_name")),
        row.getObject("v_created_at", OffsetDateTime.class));
  }
}
