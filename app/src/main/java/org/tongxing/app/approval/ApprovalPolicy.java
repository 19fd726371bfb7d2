package org.tongxing.app.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tongxing.app.staff.StaffDirectory;
import org.tongxing.app.staff.StaffMember;
import org.tongxing.app.tasklist.CaseEvents;
import org.tongxing.app.tasklist.FlashNotice;
import org.tongxing.app.tasklist.TaskAccessPolicy;
import org.tongxing.app.tasklist.TaskPolicyExtension;
import org.tongxing.app.tasklist.TasklistUnavailableException;
import org.tongxing.app.tasklist.TasklistUser;
import org.tongxing.app.tasklist.UserTaskInfo;

/**
 * How the approval operations change the tasklist's rules: copies and co-signers may read a task; a
 * delegate gives the task back instead of completing it; co-signers before the assignee hold the
 * completion back, co-signers after take it over; and the task page offers the operations.
 */
@Component
class ApprovalPolicy implements TaskPolicyExtension {

  private static final Logger LOG = LoggerFactory.getLogger(ApprovalPolicy.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseCopies copies;
  private final SignerRequests signerRequests;
  private final SignerOperations signers;
  private final ReassignOperations reassign;
  private final Delegations delegations;
  private final ReturnOperation returns;
  private final CaseEvents events;
  private final StaffDirectory staff;
  private final CaseIds caseIds;

  ApprovalPolicy(
      CaseCopies copies,
      SignerRequests signerRequests,
      SignerOperations signers,
      ReassignOperations reassign,
      Delegations delegations,
      ReturnOperation returns,
      CaseEvents events,
      StaffDirectory staff,
      CaseIds caseIds) {
    this.copies = copies;
    this.signerRequests = signerRequests;
    this.signers = signers;
    this.reassign = reassign;
    this.delegations = delegations;
    this.returns = returns;
    this.events = events;
    this.staff = staff;
    this.caseIds = caseIds;
  }

  @Override
  public boolean mayView(TasklistUser user, UserTaskInfo task) {
    return copies.isCopiedTo(task.key(), user.username(), user.groups())
        || signerRequests.signsFor(task.key(), user.username(), user.groups())
        // who delegated a task keeps sight of it (and may take it back) while it is away
        || delegations
            .pending(task.key())
            .map(pending -> pending.owner().equals(user.username()))
            .orElse(false);
  }

  @Override
  public Optional<FlashNotice> completionRefusal(UserTaskInfo task, TasklistUser user) {
    if (!signers.blocking(task).isEmpty()) {
      return Optional.of(FlashNotice.problem("task.notice.waitingForSigners", task.displayName()));
    }
    return Optional.empty();
  }

  @Override
  public Optional<FlashNotice> holdCompletion(
      UserTaskInfo task, TasklistUser user, String displayName, Map<String, Object> variables) {
    Optional<Delegation> delegation =
        delegations
            .pending(task.key())
            .filter(pending -> pending.delegate().equals(user.username()));
    if (delegation.isPresent()) {
      reassign.giveBack(
          task,
          caseIds.of(task),
          user.username(),
          displayName,
          ReturnOperation.json(variables),
          opinionOf(variables));
      return Optional.of(
          FlashNotice.success("task.notice.givenBack", delegation.get().ownerName()));
    }
    if (signers.holdForSignersAfter(task, caseIds.of(task), variables)) {
      return Optional.of(FlashNotice.success("task.notice.heldForSigners", task.displayName()));
    }
    return Optional.empty();
  }

  @Override
  public Map<String, Object> prefill(UserTaskInfo task, TasklistUser user) {
    if (!task.isAssignedTo(user.username())) {
      return Map.of();
    }
    return delegations
        .lastResolved(task.key())
        .filter(given -> given.owner().equals(user.username()) && given.resultValues() != null)
        .map(given -> read(given.resultValues()))
        .orElse(Map.of());
  }

  @Override
  public void completed(
      UserTaskInfo task, TasklistUser user, String displayName, Map<String, Object> variables) {
    if (SignerProcess.PROCESS_ID.equals(task.bpmnProcessId())) {
      signers.signed(
          task.processInstanceKey(),
          text(variables.get(SignerProcess.DECISION)),
          text(variables.get(SignerProcess.OPINION)),
          user.username(),
          displayName);
    }
  }

  @Override
  public void addToPage(
      UserTaskInfo task, TasklistUser user, Locale locale, Map<String, Object> model) {
    boolean actor = task.isOpen() && TaskAccessPolicy.mayAccess(user, task);
    boolean mine = task.isOpen() && task.isAssignedTo(user.username());
    Delegation delegation = delegations.pending(task.key()).orElse(null);
    List<ReturnTarget> targets = List.of();
    if (mine && delegation == null) {
      try {
        targets = returns.targets(task);
      } catch (TasklistUnavailableException e) {
        LOG.warn("Return targets of task {} cannot be read: {}", task.key(), e.getMessage());
      }
    }
    List<StaffMember> everyone = staff.all();
    Set<String> taskGroups = new HashSet<>(task.candidateGroups());
    taskGroups.addAll(user.groups());
    List<StaffChoice> colleagues = new ArrayList<>();
    List<StaffChoice> all = new ArrayList<>();
    for (StaffMember member : everyone) {
      StaffChoice choice =
          new StaffChoice(
              member.username(),
              member.label(),
              member.groups().isEmpty() ? "" : member.groups().get(0));
      if (!member.username().equals(user.username())) {
        all.add(choice);
        if (member.groups().stream().anyMatch(taskGroups::contains)) {
          colleagues.add(choice);
        }
      }
    }
    Delegation givenBack =
        delegation == null && mine
            ? delegations
                .lastResolved(task.key())
                .filter(d -> d.owner().equals(user.username()))
                .orElse(null)
            : null;
    model.put(
        "operations",
        new TaskOperationsView(
            actor,
            mine,
            targets,
            colleagues,
            all,
            staff.departments(),
            delegation,
            delegation != null && delegation.delegate().equals(user.username()),
            delegation != null && delegation.owner().equals(user.username()),
            givenBack,
            signers.ofTask(task),
            !signers.blocking(task).isEmpty(),
            SignerProcess.PROCESS_ID.equals(task.bpmnProcessId()),
            SignerProcess.PROCESS_ID.equals(task.bpmnProcessId())
                ? signerRequests
                    .ofHelper(task.processInstanceKey())
                    .map(SignerRequest::parentTaskKey)
                    .orElse(null)
                : null,
            task.isOpen() && !task.isAssignedTo(user.username()),
            events.reminders(task)));
    copies.markRead(task.key(), user.username(), events.now());
  }

  /** Every half minute: signatures given outside the tasklist, helpers left behind. */
  @Scheduled(
      fixedDelayString = "${tongxing.approval.reconcile-every:PT30S}",
      initialDelayString = "${tongxing.approval.reconcile-every:PT30S}")
  void reconcile() {
    signers.reconcile();
  }

  /** The delegate's opinion for the owner: the form's first text field that names one. */
  private static String opinionOf(Map<String, Object> variables) {
    for (String key : List.of("reviewComment", "opinion", "comment", SignerProcess.OPINION)) {
      if (variables.get(key) instanceof String text && !text.isBlank()) {
        return text;
      }
    }
    return null;
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value);
  }

  private static Map<String, Object> read(String json) {
    try {
      return JSON.readValue(json, new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      return Map.of();
    }
  }
}
