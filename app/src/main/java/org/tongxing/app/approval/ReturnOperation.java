package org.tongxing.app.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tongxing.app.casehistory.CaseAction;
import org.tongxing.app.process.ProcessModel;
import org.tongxing.app.process.ProcessModelReader;
import org.tongxing.app.process.ProcessStep;
import org.tongxing.app.tasklist.CaseEvents;
import org.tongxing.app.tasklist.CompletedStep;
import org.tongxing.app.tasklist.TasklistGateway;
import org.tongxing.app.tasklist.UserTaskInfo;

/**
 * 退回: sends a case back to the applicant or to an earlier step, by one process instance
 * modification (terminate this step, activate the earlier one) through the client. The earlier
 * steps are those the case has completed where someone or something works; a process may narrow
 * them with the task's zeebe:property {@code returnTargets} (element ids, comma-separated) and may
 * mark the applicant's step with {@code returnTarget} = {@code applicant}, which is offered even if
 * the case never passed it (a correction step reached only by a return).
 */
@Component
public class ReturnOperation {

  static final String RETURN_TARGETS = "returnTargets";
  static final String RETURN_TARGET = "returnTarget";
  static final String APPLICANT = "applicant";

  /** The variable the step sent back to finds the return in. */
  public static final String LAST_RETURN = "lastReturn";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ApprovalEngine engine;
  private final TasklistGateway tasks;
  private final ProcessModelReader models;
  private final CaseEvents events;

  public ReturnOperation(
      ApprovalEngine engine, TasklistGateway tasks, ProcessModelReader models, CaseEvents events) {
    this.engine = engine;
    this.tasks = tasks;
    this.models = models;
    this.events = events;
  }

  /** Where this task's case can be sent back to, the applicant's step first. */
  public List<ReturnTarget> targets(UserTaskInfo task) {
    ProcessModel model = models.model(task.processDefinitionKey());
    Map<String, ReturnTarget> targets = new LinkedHashMap<>();
    for (ProcessStep step : model.outline()) {
      if (APPLICANT.equals(model.properties(step.elementId()).get(RETURN_TARGET))) {
        targets.put(step.elementId(), new ReturnTarget(step.elementId(), step.displayName(), true));
      }
    }
    for (CompletedStep completed : tasks.findCompletedSteps(task.processInstanceKey())) {
      ProcessStep step = model.step(completed.elementId()).orElse(null);
      if (step != null && step.kind().isWork() && !step.elementId().equals(task.elementId())) {
        targets.putIfAbsent(
            step.elementId(), new ReturnTarget(step.elementId(), step.displayName(), false));
      }
    }
    String allowed = model.properties(task.elementId()).get(RETURN_TARGETS);
    if (allowed == null || allowed.isBlank()) {
      return List.copyOf(targets.values());
    }
    Set<String> only =
        Arrays.stream(allowed.split(",")).map(String::strip).collect(Collectors.toSet());
    return targets.values().stream().filter(target -> only.contains(target.elementId())).toList();
  }

  /** Sends the case back; the reason is required and goes into the case history. */
  public ReturnTarget returnTo(
      UserTaskInfo task,
      String caseId,
      String username,
      String displayName,
      String targetElementId,
      String reason) {
    String why = Opinions.required("returnReason", reason);
    ReturnTarget target =
        targets(task).stream()
            .filter(candidate -> candidate.elementId().equals(targetElementId))
            .findFirst()
            .orElseThrow(
                () ->
                    new OperationRefusedException("returnTarget", "operation.error.returnTarget"));
    // a signer of a multi-instance step sends back the whole step, not only their share of it
    long terminate =
        engine
            .activeMultiInstanceBody(task.processInstanceKey(), task.elementId())
            .orElse(task.elementInstanceKey());
    Map<String, Object> lastReturn = new LinkedHashMap<>();
    lastReturn.put("fromElementId", task.elementId());
    lastReturn.put("fromStep", task.displayName());
    lastReturn.put("toElementId", target.elementId());
    lastReturn.put("toStep", target.name());
    lastReturn.put("reason", why);
    lastReturn.put("returnedBy", username);
    lastReturn.put("returnedByName", displayName);
    lastReturn.put("returnedAt", events.now().toString());
    engine.moveBack(
        task.processInstanceKey(), terminate, target.elementId(), Map.of(LAST_RETURN, lastReturn));
    events.record(
        task,
        caseId,
        CaseAction.RETURNED,
        username,
        displayName,
        target.name(),
        why,
        json(Map.of("toElementId", target.elementId(), "applicant", target.applicant())));
    return target;
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Expected details that can be written as JSON", e);
    }
  }
}
