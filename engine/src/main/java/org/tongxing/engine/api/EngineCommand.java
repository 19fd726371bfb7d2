package org.tongxing.engine.api;

import java.util.List;
import java.util.Map;

/**
 * The commands the engine accepts from outside. Variables are JSON objects given as maps of
 * variable name to JSON text.
 */
public sealed interface EngineCommand {

  record Deploy(List<Resource> resources) implements EngineCommand {}

  /**
   * Starts an instance of the latest version of a process id (version -1), a given version, or a
   * definition key (when {@code processDefinitionKey} is not -1). With {@code awaitCompletion}, the
   * answer carries a future of the instance's end. With start element ids it starts there instead
   * of at the none start event.
   */
  record CreateProcessInstance(
      String bpmnProcessId,
      int version,
      long processDefinitionKey,
      Map<String, String> variables,
      boolean awaitCompletion,
      List<String> startElementIds)
      implements EngineCommand {

    public CreateProcessInstance(
        String bpmnProcessId,
        int version,
        long processDefinitionKey,
        Map<String, String> variables) {
      this(bpmnProcessId, version, processDefinitionKey, variables, false, List.of());
    }
  }

  /** Cancels a process instance: terminates it and everything in it. */
  record CancelProcessInstance(long processInstanceKey) implements EngineCommand {}

  /**
   * Modifies an active process instance: activates elements (e.g. an earlier step, to send a case
   * back: 退回) and terminates element instances. All instructions are checked first; any problem
   * refuses the whole modification.
   */
  record ModifyProcessInstance(
      long processInstanceKey,
      List<ActivateInstruction> activateInstructions,
      List<Long> terminateInstructions)
      implements EngineCommand {

    /**
     * @param ancestorElementInstanceKey the flow scope instance to activate the element in, or -1
     *     to find it (the process, or the one active instance of the element's scope)
     */
    public record ActivateInstruction(
        String elementId,
        long ancestorElementInstanceKey,
        List<VariableInstruction> variableInstructions) {}

    /**
     * Variables to set before the element activates: on the element itself when {@code scopeId} is
     * its id, on that flow scope when it names one, on the process instance when empty.
     */
    public record VariableInstruction(String scopeId, Map<String, String> variables) {}
  }

  /** Activates up to {@code maxJobs} jobs of a type for a worker, for {@code timeout} ms. */
  record ActivateJobs(
      String type, String worker, long timeout, int maxJobs, List<String> fetchVariables)
      implements EngineCommand {}

  /**
   * Completes a job. A task listener's job may carry a {@code result} that denies the user task's
   * transition or corrects its attributes; other jobs have none (null).
   */
  record CompleteJob(long jobKey, Map<String, String> variables, UserTaskJobResult result)
      implements EngineCommand {

    public CompleteJob(long jobKey, Map<String, String> variables) {
      this(jobKey, variables, null);
    }
  }

  /**
   * What a task listener decided: deny the transition (with a reason, which may be empty), or let
   * it go on with the corrections applied.
   */
  record UserTaskJobResult(boolean denied, String deniedReason, Corrections corrections) {

    public UserTaskJobResult {
      deniedReason = deniedReason == null ? "" : deniedReason;
      corrections = corrections == null ? Corrections.NONE : corrections;
    }
  }

  /**
   * A task listener's corrections of the user task: null leaves an attribute as it is; an empty
   * text or list clears it.
   */
  record Corrections(
      String assignee,
      String dueDate,
      String followUpDate,
      List<String> candidateGroups,
      List<String> candidateUsers,
      Integer priority) {

    public static final Corrections NONE = new Corrections(null, null, null, null, null, null);

    public boolean isEmpty() {
      return assignee == null
          && dueDate == null
          && followUpDate == null
          && candidateGroups == null
          && candidateUsers == null
          && priority == null;
    }
  }

  /**
   * Gives activated jobs back without losing a retry: their activation reached nobody (the request
   * that asked for them was already answered).
   */
  record YieldJobs(List<Long> jobKeys) implements EngineCommand {}

  record FailJob(
      long jobKey,
      int retries,
      String errorMessage,
      long retryBackoff,
      Map<String, String> variables)
      implements EngineCommand {}

  record ThrowJobError(
      long jobKey, String errorCode, String errorMessage, Map<String, String> variables)
      implements EngineCommand {}

  /** Changes a job's retries and/or timeout; null leaves a value as it is. */
  record UpdateJob(long jobKey, Integer retries, Long timeout) implements EngineCommand {}

  record AssignUserTask(long userTaskKey, String assignee, boolean allowOverride, String action)
      implements EngineCommand {}

  record UnassignUserTask(long userTaskKey) implements EngineCommand {}

  /**
   * Changes an open user task's schedule, candidates or priority; null leaves a value as it is, an
   * empty date clears it.
   */
  record UpdateUserTask(
      long userTaskKey,
      String dueDate,
      String followUpDate,
      List<String> candidateGroups,
      List<String> candidateUsers,
      Integer priority,
      String action)
      implements EngineCommand {}

  record CompleteUserTask(long userTaskKey, Map<String, String> variables, String action)
      implements EngineCommand {}

  /**
   * Publishes a message: it correlates to waiting subscriptions (at most one per process) and
   * message start events, and waits {@code timeToLive} ms in the buffer for later ones.
   *
   * @param messageId empty or null for none; a buffered message with the same name, correlation key
   *     and id refuses the publication
   */
  record PublishMessage(
      String name,
      String correlationKey,
      long timeToLive,
      String messageId,
      Map<String, String> variables)
      implements EngineCommand {}

  /** Correlates a message now, without buffering; refused when nothing waits for it. */
  record CorrelateMessage(String name, String correlationKey, Map<String, String> variables)
      implements EngineCommand {}

  /**
   * Resolves an incident: the engine retries what was stuck (an element's activation or completion;
   * a job with retries becomes activatable again).
   */
  record ResolveIncident(long incidentKey) implements EngineCommand {}

  /**
   * Sets variables on a scope (a process or element instance): only there when {@code local}, else
   * each where a scope from there outwards already has it, new ones on the process.
   */
  record SetVariables(long scopeKey, Map<String, String> variables, boolean local)
      implements EngineCommand {}

  /**
   * Evaluates the latest version of a decision (by id) or a given one (by key, when not -1) with
   * the given variables.
   */
  record EvaluateDecision(String decisionId, long decisionKey, Map<String, String> variables)
      implements EngineCommand {}

  /** Broadcasts a signal to every subscription of its name; completes with the signal's key. */
  record BroadcastSignal(String signalName, Map<String, String> variables)
      implements EngineCommand {}

  /**
   * Reads the deployed decision requirements graphs (with their XML) and decisions; appends no
   * event. Answered, as every command, once the commands before it are durable.
   */
  record ListDeployedDecisions() implements EngineCommand {}

  record PinClock(long epochMillis) implements EngineCommand {}

  record ResetClock() implements EngineCommand {}
}
