package org.tongxing.app.approval;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongxing.app.casehistory.CaseAction;
import org.tongxing.app.staff.StaffDirectory;
import org.tongxing.app.staff.StaffMember;
import org.tongxing.app.tasklist.CaseEvents;
import org.tongxing.app.tasklist.UserTaskInfo;

/**
 * 抄送: copies a case to a person or a department for information. The copy is app data (it changes
 * nothing in the process): the recipients find it under "copied to me" and may read the task, not
 * work on it.
 */
@Component
public class CopyOperation {

  private final CaseCopies copies;
  private final StaffDirectory staff;
  private final CaseEvents events;

  public CopyOperation(CaseCopies copies, StaffDirectory staff, CaseEvents events) {
    this.copies = copies;
    this.staff = staff;
    this.events = events;
  }

  public String copy(
      UserTaskInfo task,
      String caseId,
      String username,
      String displayName,
      CaseCopy.RecipientKind kind,
      String recipient,
      String note) {
    String who = recipient == null ? "" : recipient.strip();
    if (who.isEmpty()) {
      throw new OperationRefusedException("copyTo", "operation.error.recipientRequired");
    }
    String label;
    if (kind == CaseCopy.RecipientKind.PERSON) {
      label =
          staff
              .find(who)
              .map(StaffMember::label)
              .orElseThrow(
                  () ->
                      new OperationRefusedException(
                          "copyTo", "operation.error.unknownColleague", who));
    } else {
      if (!staff.departments().contains(who)) {
        throw new OperationRefusedException("copyTo", "operation.error.unknownDepartment", who);
      }
      label = who;
    }
    String why = Opinions.optional("copyNote", note);
    copies.add(
        task.processInstanceKey(),
        task.key(),
        task.displayName(),
        task.processDisplayName(),
        kind,
        who,
        username,
        displayName,
        why,
        events.now());
    events.record(
        task,
        caseId,
        CaseAction.COPIED,
        username,
        displayName,
        label,
        why,
        ReturnOperation.json(Map.of("kind", kind.name(), "recipient", who)));
    return label;
  }
}
