package org.tongxing.app.approval;

import static org.tongxing.app.tasklist.EngineCalls.call;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.Variable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongxing.app.tasklist.TaskNotFoundException;

/** {@link ApprovalEngine} through the Camunda client, so it runs on both runtimes. */
@Component
class CamundaApprovalEngine implements ApprovalEngine {

  private static final int MOST_STEPS = 500;

  private final CamundaClient client;

  CamundaApprovalEngine(CamundaClient client) {
    this.client = client;
  }

  @Override
  public void reassign(long taskKey, String assignee) {
    call(
        taskKey,
        () ->
            client
                .newAssignUserTaskCommand(taskKey)
                .assignee(assignee)
                .allowOverride(true)
                .execute());
  }

  @Override
  public void changePriority(long taskKey, int priority) {
    call(taskKey, () -> client.newUpdateUserTaskCommand(taskKey).priority(priority).execute());
  }

  @Override
  public void moveBack(
      long processInstanceKey,
      long elementInstanceKeyToTerminate,
      String targetElementId,
      Map<String, Object> variables) {
    call(
        processInstanceKey,
        () ->
            client
                .newModifyProcessInstanceCommand(processInstanceKey)
                .activateElement(targetElementId)
                .withVariables(variables)
                .and()
                .terminateElement(elementInstanceKeyToTerminate)
                .execute());
  }

  @Override
  public Optional<Long> activeMultiInstanceBody(long processInstanceKey, String elementId) {
    return call(
        () ->
            client
                .newElementInstanceSearchRequest()
                .filter(
                    filter ->
                        filter
                            .processInstanceKey(processInstanceKey)
                            .elementId(elementId)
                            .type(ElementInstanceType.MULTI_INSTANCE_BODY)
                            .state(ElementInstanceState.ACTIVE))
                .execute()
                .items()
                .stream()
                .map(body -> body.getElementInstanceKey())
                .findFirst());
  }

  @Override
  public long start(String processId, Map<String, Object> variables) {
    return call(
        () ->
            client
                .newCreateInstanceCommand()
                .bpmnProcessId(processId)
                .latestVersion()
                .variables(variables)
                .execute()
                .getProcessInstanceKey());
  }

  @Override
  public void cancel(long processInstanceKey) {
    try {
      call(processInstanceKey, () -> client.newCancelInstanceCommand(processInstanceKey).execute());
    } catch (TaskNotFoundException | org.tongxing.app.tasklist.TaskActionRejectedException e) {
      // already ended: nothing left to cancel
    }
  }

  @Override
  public Optional<Map<String, String>> variablesIfEnded(long processInstanceKey) {
    ProcessInstance instance;
    try {
      instance =
          call(
              processInstanceKey,
              () -> client.newProcessInstanceGetRequest(processInstanceKey).execute());
    } catch (TaskNotFoundException notYetVisible) {
      return Optional.empty();
    }
    if (instance.getState() == ProcessInstanceState.ACTIVE) {
      return Optional.empty();
    }
    List<Variable> variables =
        call(
            () ->
                client
                    .newVariableSearchRequest()
                    .filter(filter -> filter.processInstanceKey(processInstanceKey))
                    .page(page -> page.limit(MOST_STEPS))
                    .execute()
                    .items());
    Map<String, String> values = new LinkedHashMap<>();
    variables.stream()
        .filter(variable -> Objects.equals(variable.getScopeKey(), processInstanceKey))
        .forEach(variable -> values.put(variable.getName(), variable.getValue()));
    values.put(STATE, instance.getState() == null ? "" : instance.getState().name());
    return Optional.of(values);
  }

  /** The pseudo-variable under which {@link #variablesIfEnded} names how the instance ended. */
  static final String STATE = "$state";
}
