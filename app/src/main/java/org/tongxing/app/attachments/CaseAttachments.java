package org.tongxing.app.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.tongxing.app.persistence.AppDatabase;

/**
 * The documents of cases: checked (size, type by content, malware) and stored in the app's database
 * or a folder. A file name is kept for people only; a stored file is named by a random id, so no
 * name can reach outside the folder.
 */
@Component
public class CaseAttachments {

  public static final String TOO_LARGE = "attachment.error.tooLarge";
  public static final String EMPTY = "attachment.error.empty";
  public static final String TYPE = "attachment.error.type";
  public static final String CONTENT = "attachment.error.content";
  public static final String THREAT = "attachment.error.threat";
  public static final String NAME = "attachment.error.name";

  private static final String COLUMNS =
      "id, process_instance_key, task_key, file_name,"
          + " content_type, size_bytes, sha256, description, uploaded_by, uploaded_by_name,"
          + " created_at";

  private final AppDatabase database;
  private final AttachmentProperties properties;
  private final AttachmentScanner scanner;
  private final Clock clock;

  @Autowired
  public CaseAttachments(
      AppDatabase database, AttachmentProperties properties, AttachmentScanner scanner) {
    this(database, properties, scanner, Clock.systemUTC());
  }

  CaseAttachments(
      AppDatabase database,
      AttachmentProperties properties,
      AttachmentScanner scanner,
      Clock clock) {
    this.database = database;
    this.properties = properties;
    this.scanner = scanner;
    this.clock = clock;
  }

  public Attachment add(
      long processInstanceKey,
      long taskKey,
      String fileName,
      byte[] content,
      String description,
      String uploadedBy,
      String uploadedByName) {
    String name = cleanName(fileName);
    if (content.length == 0) {
      throw new AttachmentRefusedException(EMPTY, name);
    }
    if (content.length > properties.maxSize().toBytes()) {
      throw new AttachmentRefusedException(
          TOO_LARGE, name, String.valueOf(properties.maxSize().toMegabytes()));
    }
    String extension = FileTypes.extensionOf(name);
    if (!properties.types().contains(extension)) {
      throw new AttachmentRefusedException(TYPE, name, String.join("、", properties.types()));
    }
    String contentType =
        FileTypes.contentTypeOf(extension, content)
            .orElseThrow(() -> new AttachmentRefusedException(CONTENT, name, extension));
    Optional<String> threat = scanner.findThreat(name, content);
    if (threat.isPresent()) {
      throw new AttachmentRefusedException(THREAT, name, threat.get());
    }
    String path = null;
    byte[] stored = content;
    if (properties.inFolder()) {
      path = UUID.randomUUID() + "." + extension;
      write(properties.folder().resolve(path), content);
      stored = null;
    }
    String note =
        description == null || description.isBlank()
            ? null
            : description.strip().substring(0, Math.min(500, description.strip().length()));
    OffsetDateTime now = OffsetDateTime.now(clock);
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    String sha256 = sha256(content);
    database
        .jdbc()
        .sql(
            "INSERT INTO case_attachment (process_instance_key, task_key, file_name,"
                + " content_type, size_bytes, sha256, content, storage_path, description,"
                + " uploaded_by, uploaded_by_name, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            processInstanceKey,
            taskKey,
            name,
            contentType,
            (long) content.length,
            sha256,
            stored,
            path,
            note,
            uploadedBy,
            uploadedByName,
            now)
        .update(key, "id");
    return new Attachment(
        key.getKey().longValue(),
        processInstanceKey,
        taskKey,
        name,
        contentType,
        content.length,
        sha256,
        note,
        uploadedBy,
        uploadedByName,
        now);
  }

  /** A case's documents, oldest first. */
  public List<Attachment> ofCase(long processInstanceKey) {
    return database
        .jdbc()
        .sql(
            "SELECT "
                + COLUMNS
                + " FROM case_attachment WHERE process_instance_key = ?"
                + " ORDER BY created_at, id")
        .param(processInstanceKey)
        .query(CaseAttachments::attachment)
        .list();
  }

  public Optional<Attachment> find(long id) {
    return database
        .jdbc()
        .sql("SELECT " + COLUMNS + " FROM case_attachment WHERE id = ?")
        .param(id)
        .query(CaseAttachments::attachment)
        .optional();
  }

  public byte[] content(long id) {
    return database
        .jdbc()
        .sql("SELECT content, storage_path FROM case_attachment WHERE id = ?")
        .param(id)
        .query(
            (row, i) -> {
              byte[] content = row.getBytes(1);
              String path = row.getString(2);
              return content != null ? content : read(properties.folder().resolve(path));
            })
        .single();
  }

  /** The name without any path, control characters or more than 200 characters. */
  static String cleanName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw new AttachmentRefusedException(NAME, fileName == null ? "" : fileName);
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static void write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException("Expected to store the attachment at " + file, e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Expected the attachment at " + file, e);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Expected SHA-256 on every Java runtime", e);
    }
  }

  private static Attachment attachment(ResultSet row, int index) throws SQLException {
    return new Attachment(
        row.getLong("id"),
        row.getLong("process_instance_key"),
        row.getLong("task_key"),
        row.getString("file_name"),
        row.getString("content_type"),
        row.getLong("size_bytes"),
        row.getString("sha256"),
        row.getString("description"),
        row.getString("uploaded_by"),
        row.getString("uploaded_by_name"),
        row.getObject("created_at", OffsetDateTime.class));
  }
}
