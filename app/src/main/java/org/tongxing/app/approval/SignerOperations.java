package org.tongxing.app.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongxing.app.casehistory.CaseAction;
import org.tongxing.app.staff.StaffDirectory;
import org.tongxing.app.staff.StaffMember;
import org.tongxing.app.tasklist.CaseEvents;
import org.tongxing.app.tasklist.TaskActionRejectedException;
import org.tongxing.app.tasklist.TaskNotFoundException;
import org.tongxing.app.tasklist.TasklistGateway;
import org.tongxing.app.tasklist.UserTaskInfo;

/**
 * 加签, designed in docs/approval-operations.md. Each co-signer signs in a user task of the helper
 * process {@value SignerProcess#PROCESS_ID} (so the signature is in their queue on either runtime);
 * the tasklist keeps the requests and joins the signatures to the case:
 *
 * <ul>
 *   <li>before (前加签): the helper starts at once; the assignee cannot complete until every co-signer
 *       of the task has signed;
 *   <li>after (后加签): the assignee decides first; the tasklist holds that completion, starts the
 *       helpers, and completes the task with the held decision (and the co-signatures) once all
 *       agreed; if one disagrees, the task stays with the assignee to decide again.
 * </ul>
 */
@Component
public class SignerOperations {

  private static final Logger LOG = LoggerFactory.getLogger(SignerOperations.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ApprovalEngine engine;
  private final SignerRequests requests;
  private final StaffDirectory staff;
  private final CaseEvents events;
  private final TasklistGateway tasks;

  public SignerOperations(
      ApprovalEngine engine,
      SignerRequests requests,
      StaffDirectory staff,
      CaseEvents events,
      TasklistGateway tasks) {
    this.engine = engine;
    this.requests = requests;
    this.staff = staff;
    this.events = events;
    this.tasks = tasks;
  }

  public SignerRequest request(
      UserTaskInfo task,
      String caseId,
      String username,
      String displayName,
      SignerRequest.Position position,
      SignerRequest.SignerKind kind,
      String signer,
      String note) {
    if (!task.isOpen() || !task.isAssignedTo(username)) {
      throw new OperationRefusedException(null, "operation.error.claimFirst");
    }
    if (SignerProcess.PROCESS_ID.equals(task.bpmnProcessId())) {
      throw new OperationRefusedException(null, "operation.error.signerOfSigner");
    }
    String who = signer == null ? "" : signer.strip();
    String label = signerLabel(kind, who, username);
    String why = Opinions.optional("signerNote", note);
    SignerRequest request =
        requests.add(
            task.key(),
            task.processInstanceKey(),
            position,
            kind,
            who,
            username,
            displayName,
            why,
            events.now());
    if (position == SignerRequest.Position.BEFORE) {
      start(request, task, caseId, null);
    }
    events.record(
        task,
        caseId,
        CaseAction.SIGNER_ADDED,
        username,
        displayName,
        label,
        why,
        ReturnOperation.json(
            Map.of("position", position.name(), "kind", kind.name(), "signer", who)));
    return request;
  }

  /** Co-signers the task waits for before its assignee may complete it. */
  public List<SignerRequest> blocking(UserTaskInfo task) {
    return requests.ofTask(task.key()).stream()
        .filter(request -> request.isPending() && request.isStarted())
        .toList();
  }

  /** The co-signers asked to sign after the assignee who have not been asked yet. */
  public List<SignerRequest> waitingForDecision(UserTaskInfo task) {
    return requests.ofTask(task.key()).stream()
        .filter(
            request ->
                request.isPending()
                    && !request.isStarted()
                    && request.position() == SignerRequest.Position.AFTER)
        .toList();
  }

  public List<SignerRequest> ofTask(UserTaskInfo task) {
    return requests.ofTask(task.key());
  }

  /**
   * Holds the assignee's completion when co-signers are to sign after them; false when there are
   * none and the completion goes ahead.
   */
  public boolean holdForSignersAfter(
      UserTaskInfo task, String caseId, Map<String, Object> variables) {
    List<SignerRequest> after = waitingForDecision(task);
    if (after.isEmpty()) {
      return false;
    }
    String held = ReturnOperation.json(variables);
    for (SignerRequest request : after) {
      start(request, task, caseId, held);
    }
    return true;
  }

  /** A co-signer's helper task was completed (in the tasklist, or found by {@link #reconcile}). */
  public void signed(
      long helperProcessInstanceKey,
      String decision,
      String opinion,
      String signedBy,
      String signedByName) {
    SignerRequest request = requests.ofHelper(helperProcessInstanceKey).orElse(null);
    if (request == null
        || !requests.signed(request.id(), decision, opinion, signedBy, events.now())) {
      return; // not ours, or settled already (the tasklist and the reconciler both saw it)
    }
    UserTaskInfo parent = tasks.findTask(request.parentTaskKey()).orElse(null);
    if (parent == null) {
      return;
    }
    events.record(
        parent,
        null,
        CaseAction.COSIGNED,
        signedBy,
        signedByName,
        SignerProcess.AGREE.equals(decision) ? "agree" : "disagree",
        opinion,
        ReturnOperation.json(
            Map.of(
                "position",
                request.position().name(),
                "decision",
                decision == null ? "" : decision)));
    completeHeldDecision(parent);
  }

  /**
   * Checks the running helpers through the client: signatures given outside the tasklist are
   * carried over, and helpers of a task that ended another way are cancelled.
   */
  public void reconcile() {
    for (SignerRequest request : requests.startedAndPending()) {
      try {
        engine
            .variablesIfEnded(request.helperProcessInstanceKey())
            .ifPresentOrElse(
                variables -> {
                  if ("COMPLETED".equals(variables.get(CamundaApprovalEngine.STATE))) {
                    signed(
                        request.helperProcessInstanceKey(),
                        text(variables.get(SignerProcess.DECISION)),
                        text(variables.get(SignerProcess.OPINION)),
                        "(外部)",
                        null);
                  } else {
                    requests.cancel(request.id(), events.now());
                  }
                },
                () -> cancelIfParentEnded(request));
      } catch (RuntimeException e) {
        LOG.warn("Co-signer request {} could not be reconciled: {}", request.id(), e.getMessage());
      }
    }
  }

  private void cancelIfParentEnded(SignerRequest request) {
    boolean parentOpen =
        tasks.findTask(request.parentTaskKey()).map(UserTaskInfo::isOpen).orElse(false);
    if (!parentOpen) {
      engine.cancel(request.helperProcessInstanceKey());
      requests.cancel(request.id(), events.now());
    }
  }

  /** Once every co-signer after the assignee signed: completes the task, or hands it back. */
  private void completeHeldDecision(UserTaskInfo parent) {
    List<SignerRequest> all = requests.ofTask(parent.key());
    List<SignerRequest> held =
        all.stream()
            .filter(
                request ->
                    request.position() == SignerRequest.Position.AFTER
                        && request.isStarted()
                        && request.state() != SignerRequest.State.CANCELED)
            .toList();
    if (held.isEmpty() || held.stream().anyMatch(SignerRequest::isPending)) {
      return;
    }
    if (!held.stream().allMatch(SignerRequest::agreed) || !parent.isOpen()) {
      return; // a co-signer disagreed: the assignee decides again, seeing why
    }
    Map<String, Object> variables = new LinkedHashMap<>(read(held.get(0).heldValues()));
    List<Map<String, Object>> cosignatures = new ArrayList<>();
    for (SignerRequest request : all) {
      if (request.state() == SignerRequest.State.SIGNED) {
        Map<String, Object> signature = new LinkedHashMap<>();
        signature.put("signer", request.signer());
        signature.put("signedBy", request.signedBy());
        signature.put("position", request.position().name().toLowerCase());
        signature.put("decision", request.decision());
        signature.put("opinion", request.opinion());
        cosignatures.add(signature);
      }
    }
    variables.put(SignerProcess.COSIGNATURES, cosignatures);
    try {
      tasks.complete(parent.key(), variables);
    } catch (TaskActionRejectedException | TaskNotFoundException e) {
      LOG.warn("Held decision of task {} could not be completed: {}", parent.key(), e.getMessage());
    }
  }

  private void start(SignerRequest request, UserTaskInfo task, String caseId, String held) {
    Map<String, Object> signer = new LinkedHashMap<>();
    if (request.signerKind() == SignerRequest.SignerKind.PERSON) {
      signer.put("kind", "person");
      signer.put("username", request.signer());
    } else {
      signer.put("kind", "department");
      signer.put("group", request.signer());
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("signer", signer);
    variables.put("parentTaskKey", String.valueOf(task.key()));
    variables.put("parentProcessInstanceKey", String.valueOf(task.processInstanceKey()));
    variables.put("parentTaskName", task.displayName());
    variables.put("parentProcessName", task.processDisplayName());
    variables.put("caseId", caseId);
    variables.put("position", request.position().name().toLowerCase());
    variables.put("requestedBy", request.requestedBy());
    variables.put("requestedByName", request.requestedByName());
    variables.put("note", request.note());
    long helper = engine.start(SignerProcess.PROCESS_ID, variables);
    requests.started(request.id(), helper, held);
  }

  private String signerLabel(SignerRequest.SignerKind kind, String who, String self) {
    if (who.isEmpty()) {
      throw new OperationRefusedException("signer", "operation.error.signerRequired");
    }
    if (kind == SignerRequest.SignerKind.PERSON) {
      if (who.equals(self)) {
        throw new OperationRefusedException("signer", "operation.error.notYourself");
      }
      return staff
          .find(who)
          .map(StaffMember::label)
          .orElseThrow(
              () ->
                  new OperationRefusedException("signer", "operation.error.unknownColleague", who));
    }
    if (!staff.departments().contains(who)) {
      throw new OperationRefusedException("signer", "operation.error.unknownDepartment", who);
    }
    return who;
  }

  private static Map<String, Object> read(String json) {
    try {
      return json == null ? Map.of() : JSON.readValue(json, new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Expected held completion variables as JSON", e);
    }
  }

  /** A JSON string's text; anything else as it is. */
  private static String text(String json) {
    if (json == null) {
      return null;
    }
    try {
      var node = JSON.readTree(json);
      return node.isTextual() ? node.asText() : json;
    } catch (JsonProcessingException e) {
      return json;
    }
  }
}
