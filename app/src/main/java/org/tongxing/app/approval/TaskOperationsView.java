package org.tongxing.app.approval;

import java.util.List;
import org.tongxing.app.casehistory.CaseHistoryEntry;

/**
 * The approval operations on a task page: which the user may use now, and what each offers.
 *
 * @param actor the user works on the task (assignee, or may claim it)
 * @param delegation the pending delegation, or {@code null}
 * @param givenBack the delegate's work given back, for the owner to confirm, or {@code null}
 * @param signerParentTaskKey for a co-signer's task, the task it co-signs, or {@code null}
 */
public record TaskOperationsView(
    boolean actor,
    boolean mine,
    List<ReturnTarget> returnTargets,
    List<StaffChoice> colleagues,
    List<StaffChoice> staff,
    List<String> departments,
    Delegation delegation,
    boolean delegate,
    boolean delegator,
    Delegation givenBack,
    List<SignerRequest> signers,
    boolean waitingForSigners,
    boolean signerTask,
    Long signerParentTaskKey,
    boolean canRemind,
    List<CaseHistoryEntry> reminders) {

  public boolean canReturn() {
    return mine && delegation == null && !signerTask && !returnTargets.isEmpty();
  }

  public boolean canHandOver() {
    return mine && delegation == null && !waitingForSigners;
  }

  public boolean canDelegate() {
    return mine && delegation == null && !signerTask && !waitingForSigners;
  }

  public boolean canAddSigner() {
    return mine && delegation == null && !signerTask;
  }
}
