package org.tongxing.app.approval;

import java.time.OffsetDateTime;

/**
 * A task delegated (委派) by its owner to a delegate, who works on it and gives it back for the owner
 * to confirm. While {@link State#PENDING}, the delegate may not complete the task.
 *
 * @param resultValues the delegate's form values as JSON, once given back
 */
public record Delegation(
    long id,
    long taskKey,
    long processInstanceKey,
    String owner,
    String ownerName,
    String delegate,
    String delegateName,
    String note,
    State state,
    String resultValues,
    String resultOpinion,
    OffsetDateTime createdAt,
    OffsetDateTime settledAt) {

  public enum State {
    PENDING,
    /** Given back to the owner with the delegate's work. */
    RESOLVED,
    /** Taken back by the owner before the delegate gave it back. */
    RECALLED
  }

  public boolean isPending() {
    return state == State.PENDING;
  }
}
