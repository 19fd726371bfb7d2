package org.tongxing.app.approval;

import java.time.OffsetDateTime;

/**
 * A case copied to a person or a department for information (抄送): they may read the task, not work
 * on it.
 */
public record CaseCopy(
    long id,
    long processInstanceKey,
    long taskKey,
    String taskName,
    String processName,
    RecipientKind recipientKind,
    String recipient,
    String sentBy,
    String sentByName,
    String note,
    OffsetDateTime createdAt,
    OffsetDateTime readAt) {

  public enum RecipientKind {
    PERSON,
    DEPARTMENT
  }

  public boolean isRead() {
    return readAt != null;
  }
}
