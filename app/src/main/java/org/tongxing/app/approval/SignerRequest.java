package org.tongxing.app.approval;

import java.time.OffsetDateTime;

/**
 * A co-signer asked for on a task (加签): a person or a department who signs before the task's
 * assignee decides, or after. The signature itself is a user task of the helper process {@value
 * SignerProcess#PROCESS_ID}, so it shows in the co-signer's queue on either runtime.
 *
 * @param helperProcessInstanceKey the helper instance, once started ({@code null} before: an
 *     "after" request starts when the assignee has decided)
 * @param heldValues the assignee's decision (the completion variables as JSON) held back until the
 *     "after" co-signers have signed
 */
public record SignerRequest(
    long id,
    long parentTaskKey,
    long parentProcessInstanceKey,
    Position position,
    SignerKind signerKind,
    String signer,
    Long helperProcessInstanceKey,
    String requestedBy,
    String requestedByName,
    String note,
    State state,
    String decision,
    String opinion,
    String signedBy,
    String heldValues,
    OffsetDateTime createdAt,
    OffsetDateTime settledAt) {

  public enum Position {
    /** 前加签: signs first; the assignee decides after. */
    BEFORE,
    /** 后加签: signs after the assignee decided, before the case moves on. */
    AFTER
  }

  public enum SignerKind {
    PERSON,
    DEPARTMENT
  }

  public enum State {
    /** Waiting: for the assignee's decision (an "after" request not started) or the signature. */
    PENDING,
    SIGNED,
    CANCELED
  }

  public boolean isPending() {
    return state == State.PENDING;
  }

  public boolean isStarted() {
    return helperProcessInstanceKey != null;
  }

  public boolean agreed() {
    return state == State.SIGNED && SignerProcess.AGREE.equals(decision);
  }
}
