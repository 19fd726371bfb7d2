package org.tongxing.app.tasklist.views;

import java.time.OffsetDateTime;

/**
 * A named queue with its filters and order.
 *
 * @param query the queue page's query string (without the page number)
 * @param sharedGroup the department that sees it too, or {@code null} for the owner alone
 */
public record SavedView(
    long id,
    String owner,
    String ownerName,
    String name,
    String query,
    String sharedGroup,
    OffsetDateTime createdAt) {

  public boolean isOwnedBy(String username) {
    return owner.equals(username);
  }

  public boolean isShared() {
    return sharedGroup != null;
  }

  /** The queue page this view opens. */
  public String link() {
    return query.isEmpty() ? "/tasks" : "/tasks?" + query;
  }
}
