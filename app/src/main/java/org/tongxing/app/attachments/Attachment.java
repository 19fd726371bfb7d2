package org.tongxing.app.attachments;

import java.time.OffsetDateTime;

/** A document attached to a case, without its content. */
public record Attachment(
    long id,
    long processInstanceKey,
    long taskKey,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    String description,
    String uploadedBy,
    String uploadedByName,
    OffsetDateTime createdAt) {

  /** The size as people read it: 12 KB, 3.4 MB. */
  public String readableSize() {
    if (sizeBytes < 1024 * 1024) {
      return Math.max(1, (sizeBytes + 1023) / 1024) + " KB";
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
  }
}
