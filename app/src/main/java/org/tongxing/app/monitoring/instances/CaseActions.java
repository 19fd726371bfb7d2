package org.tongxing.app.monitoring.instances;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ModifyProcessInstanceCommandStep1.ModifyProcessInstanceCommandStep2;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.Variable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongxing.app.casehistory.CaseAction;
import org.tongxing.app.casehistory.CaseHistory;
import org.tongxing.app.casehistory.CaseHistoryEntry;
import org.tongxing.app.monitoring.CaseFacts;
import org.tongxing.app.monitoring.ProcessModel;
import org.tongxing.app.monitoring.Viewer;

/**
 * What a supervisor does to a case, through the client, each recorded in the case history once the
 * engine accepted it: cancel, move back to an earlier step (process instance modification), change
 * a variable, and show ID numbers unmasked. Every change needs a reason.
 */
@Component
public class CaseActions {

  static final int MOST_REASON = 2000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CamundaClient client;
  private final InstanceDetails details;
  private final CaseFacts facts;
  private final CaseHistory history;

  public CaseActions(
      CamundaClient client, InstanceDetails details, CaseFacts facts, CaseHistory history) {
    this.client = client;
    this.details = details;
    this.facts = facts;
    this.history = history;
  }

  /** A change that the engine refused or that cannot be made as asked. */
  public static class RefusedException extends RuntimeException {
    private final String messageCode;

    RefusedException(String messageCode, String detail) {
      super(detail);
      this.messageCode = messageCode;
    }

    public String messageCode() {
      return messageCode;
    }
  }

  public void cancel(Viewer viewer, long key, String reason) {
    ProcessInstance instance = requireActive(key);
    String why = requireReason(reason);
    call(() -> client.newCancelInstanceCommand(key).execute());
    record(viewer, instance, CaseAction.CANCELED, null, null, why, null);
  }

  /**
   * Ends the case's active top-level steps and activates an earlier, completed task (退回).
   *
   * @return the name of the step the case is now at
   */
  public String moveBack(Viewer viewer, long key, String targetElementId, String reason) {
    ProcessInstance instance = requireActive(key);
    String why = requireReason(reason);
    ProcessModel model = details.model(instance);
    List<ElementInstance> steps = details.elementInstances(key);
    List<StepOption> targets = details.moveTargets(model, steps);
    StepOption target =
        targets.stream()
            .filter(option -> option.elementId().equals(targetElementId))
            .findFirst()
            .orElseThrow(
                () ->
                    new RefusedException(
                        "monitoring.move.notATarget",
                        "Expected a completed step of "
                            + targets.stream().map(StepOption::elementId).toList()
                            + " of process instance "
                            + key
                            + ", but got '"
                            + targetElementId
                            + "'"));
    List<StepOption> active = details.activeSteps(model, steps);
    if (active.isEmpty()) {
      throw new RefusedException(
          "monitoring.move.nothingActive",
          "Expected process instance " + key + " to be at a step, but it is at none");
    }
    call(
        () -> {
          ModifyProcessInstanceCommandStep2 command =
              client.newModifyProcessInstanceCommand(key).activateElement(target.elementId());
          for (StepOption step : active) {
            command = command.and().terminateElement(step.elementInstanceKey());
          }
          return command.execute();
        });
    ObjectNode instructions = JSON.createObjectNode();
    instructions.put("activated", target.elementId());
    instructions.set(
        "terminated",
        JSON.valueToTree(
            active.stream()
                .map(
                    step ->
                        Map.of(
                            "elementId",
                            step.elementId(),
                            "elementInstanceKey",
                            String.valueOf(step.elementInstanceKey())))
                .toList()));
    record(
        viewer,
        instance,
        CaseAction.MODIFIED,
        target.elementId(),
        target.name(),
        why,
        instructions.toString());
    return target.name();
  }

  /**
   * Sets one of the process's variables to a JSON value.
   *
   * @throws RefusedException when the value is not JSON, naming where it breaks
   */
  public void setVariable(Viewer viewer, long key, String name, String jsonValue, String reason) {
    ProcessInstance instance = details.instance(key);
    String why = requireReason(reason);
    if (name == null || name.isBlank()) {
      throw new RefusedException("monitoring.variables.noName", "Expected a variable name");
    }
    Object value = parseJson(jsonValue);
    Map<String, Variable> before = details.variables(key);
    call(
        () ->
            client
                .newSetVariablesCommand(key)
                .variables(Map.of(name, value))
                .local(true)
                .execute());
    ObjectNode change = JSON.createObjectNode();
    change.put("name", name);
    Variable old = before.get(name);
    change.put("before", old == null ? null : old.getValue());
    change.put("after", toJson(value));
    record(viewer, instance, CaseAction.VARIABLES_CHANGED, null, null, why, change.toString());
  }

  /** Records that the viewer saw the case's ID numbers unmasked. */
  public void recordUnmasking(Viewer viewer, long key, String what) {
    ProcessInstance instance = details.instance(key);
    record(
        viewer,
        instance,
        CaseAction.IDENTITY_UNMASKED,
        null,
        null,
        null,
        JSON.createObjectNode().put("shown", what).toString());
  }

  static Object parseJson(String text) {
    if (text == null || text.isBlank()) {
      throw new RefusedException(
          "monitoring.variables.noValue", "Expected a JSON value, but got none");
    }
    try {
      return JSON.reader()
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readValue(text, Object.class);
    } catch (java.io.IOException e) {
      var location = e instanceof JsonProcessingException json ? json.getLocation() : null;
      throw new RefusedException(
          "monitoring.variables.notJson",
          "Expected a JSON value (a \"text\" in quotes, a number, true/false, [..] or {..}), but "
              + (location == null
                  ? "it cannot be read"
                  : "line "
                      + location.getLineNr()
                      + ", column "
                      + location.getColumnNr()
                      + " cannot be read")
              + ": "
              + (e instanceof JsonProcessingException json
                  ? json.getOriginalMessage()
                  : e.getMessage()));
    }
  }

  private ProcessInstance requireActive(long key) {
    ProcessInstance instance = details.instance(key);
    if (instance.getState() == null || !instance.getState().name().equals("ACTIVE")) {
      throw new RefusedException(
          "monitoring.action.notActive",
          "Expected process instance " + key + " to be active, but it is " + instance.getState());
    }
    return instance;
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RefusedException("monitoring.action.reasonRequired", "Expected a reason");
    }
    if (reason.length() > MOST_REASON) {
      throw new RefusedException(
          "monitoring.action.reasonTooLong",
          "Expected a reason of at most "
              + MOST_REASON
              + " characters, but got "
              + reason.length());
    }
    return reason.trim();
  }

  private void record(
      Viewer viewer,
      ProcessInstance instance,
      CaseAction action,
      String elementId,
      String elementName,
      String opinion,
      String details) {
    CaseFacts.Facts fact = facts.of(instance.getProcessInstanceKey());
    history.record(
        new CaseHistoryEntry(
            null,
            instance.getProcessInstanceKey(),
            fact.caseNumber(),
            instance.getProcessDefinitionId(),
            null,
            elementId,
            elementName,
            action,
            viewer.username(),
            viewer.displayName(),
            null,
            opinion,
            details,
            OffsetDateTime.now()));
  }

  private static <T> T call(java.util.function.Supplier<T> command) {
    try {
      return command.get();
    } catch (io.camunda.client.api.command.ClientHttpException e) {
      if (e.code() == 400 || e.code() == 404 || e.code() == 409) {
        String detail =
            e instanceof io.camunda.client.api.command.ProblemException problem
                    && problem.details() != null
                ? problem.details().getDetail()
                : e.getMessage();
        throw new RefusedException("monitoring.action.refused", detail);
      }
      throw e;
    }
  }

  private static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Expected a value that can be written as JSON", e);
    }
  }
}
