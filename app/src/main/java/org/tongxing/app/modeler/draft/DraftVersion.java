package org.tongxing.app.modeler.draft;

import java.time.OffsetDateTime;

/** One save of a draft: number (from 1), message, author and time. Never changed afterwards. */
public record DraftVersion(
    long id, long draftId, int number, String message, Author author, OffsetDateTime createdAt) {}
