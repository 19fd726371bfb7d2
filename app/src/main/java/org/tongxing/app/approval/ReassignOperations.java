package org.tongxing.app.approval;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongxing.app.casehistory.CaseAction;
import org.tongxing.app.staff.StaffDirectory;
import org.tongxing.app.staff.StaffMember;
import org.tongxing.app.tasklist.CaseEvents;
import org.tongxing.app.tasklist.UserTaskInfo;

/**
 * 转办 and 委派, both by assignment through the client. 转办 hands the task over for good; 委派 hands it to
 * a delegate who does the work and gives it back to the owner to confirm: the delegation is kept in
 * the app's database, and while it is pending the delegate may not complete the task, only give it
 * back (with their form values, which the owner then sees).
 */
@Component
public class ReassignOperations {

  private final ApprovalEngine engine;
  private final StaffDirectory staff;
  private final Delegations delegations;
  private final CaseEvents events;

  public ReassignOperations(
      ApprovalEngine engine, StaffDirectory staff, Delegations delegations, CaseEvents events) {
    this.engine = engine;
    this.staff = staff;
    this.delegations = delegations;
    this.events = events;
  }

  public StaffMember handOver(
      UserTaskInfo task,
      String caseId,
      String username,
      String displayName,
      String colleague,
      String note) {
    requireOwnOpenTask(task, username);
    StaffMember to = colleague(colleague, username, "handOverTo");
    String why = Opinions.optional("handOverNote", note);
    engine.reassign(task.key(), to.username());
    events.record(
        task,
        caseId,
        CaseAction.HANDED_OVER,
        username,
        displayName,
        to.label(),
        why,
        ReturnOperation.json(Map.of("to", to.username())));
    return to;
  }

  public StaffMember delegate(
      UserTaskInfo task,
      String caseId,
      String username,
      String displayName,
      String colleague,
      String note) {
    requireOwnOpenTask(task, username);
    if (delegations.pending(task.key()).isPresent()) {
      throw new OperationRefusedException(null, "operation.error.alreadyDelegated");
    }
    StaffMember to = colleague(colleague, username, "delegateTo");
    String why = Opinions.optional("delegateNote", note);
    delegations.open(
        task.key(),
        task.processInstanceKey(),
        username,
        displayName,
        to.username(),
        to.label(),
        why,
        events.now());
    engine.reassign(task.key(), to.username());
    events.record(
        task,
        caseId,
        CaseAction.DELEGATED,
        username,
        displayName,
        to.label(),
        why,
        ReturnOperation.json(Map.of("to", to.username())));
    return to;
  }

  /** The delegate gives the task back with the work done (the form's values as JSON). */
  public Delegation giveBack(
      UserTaskInfo task,
      String caseId,
      String username,
      String displayName,
      String formValuesJson,
      String opinion) {
    Delegation delegation =
        delegations
            .pending(task.key())
            .filter(pending -> pending.delegate().equals(username))
            .orElseThrow(() -> new OperationRefusedException(null, "operation.error.notDelegate"));
    delegations.settle(
        delegation.id(), Delegation.State.RESOLVED, formValuesJson, opinion, events.now());
    engine.reassign(task.key(), delegation.owner());
    events.record(
        task,
        caseId,
        CaseAction.DELEGATION_RESOLVED,
        username,
        displayName,
        delegation.ownerName(),
        opinion,
        null);
    return delegation;
  }

  /** The owner takes a delegated task back before the delegate gave it back. */
  public Delegation recall(UserTaskInfo task, String caseId, String username, String displayName) {
    Delegation delegation =
        delegations
            .pending(task.key())
            .filter(pending -> pending.owner().equals(username))
            .orElseThrow(() -> new OperationRefusedException(null, "operation.error.notDelegator"));
    delegations.settle(delegation.id(), Delegation.State.RECALLED, null, null, events.now());
    engine.reassign(task.key(), username);
    events.record(
        task,
        caseId,
        CaseAction.DELEGATION_RESOLVED,
        username,
        displayName,
        delegation.delegateName(),
        null,
        ReturnOperation.json(Map.of("recalled", true)));
    return delegation;
  }

  public Optional<Delegation> pending(UserTaskInfo task) {
    return delegations.pending(task.key());
  }

  private static void requireOwnOpenTask(UserTaskInfo task, String username) {
    if (!task.isOpen() || !task.isAssignedTo(username)) {
      throw new OperationRefusedException(null, "operation.error.claimFirst");
    }
  }

  private StaffMember colleague(String username, String self, String field) {
    if (username == null || username.isBlank()) {
      throw new OperationRefusedException(field, "operation.error.colleagueRequired");
    }
    if (username.strip().equals(self)) {
      throw new OperationRefusedException(field, "operation.error.notYourself");
    }
    return staff
        .find(username.strip())
        .orElseThrow(
            () ->
                new OperationRefusedException(
                    field, "operation.error.unknownColleague", username.strip()));
  }
}
