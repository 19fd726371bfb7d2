package org.tongxing.engine.processing;

import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.record.ProcessInstanceRecord;

/**
 * Follow-up commands that processing gives itself: they run right after the command that caused
 * them, in the same batch, so a command and everything up to the next wait state is one atomic
 * unit.
 */
public sealed interface InternalCommand {

  /**
   * Activates an element in a flow scope.
   *
   * @param key the new element instance's key, or -1 to generate one
   * @param template the process instance record of the element instance (element id and flow scope
   *     set)
   * @param eventVariables variables of the event that activates it (a message's), applied to the
   *     new element instance as a job's variables are
   * @param localVariables variables set on the new element instance itself before it activates (a
   *     multi-instance's loopCounter and input element)
   */
  record ActivateElement(
      long key,
      ExecutableFlowNode element,
      ProcessInstanceRecord template,
      java.util.Map<String, String> eventVariables,
      java.util.Map<String, String> localVariables)
      implements InternalCommand {

    public ActivateElement(long key, ExecutableFlowNode element, ProcessInstanceRecord template) {
      this(key, element, template, java.util.Map.of(), java.util.Map.of());
    }

    public ActivateElement(
        long key,
        ExecutableFlowNode element,
        ProcessInstanceRecord template,
        java.util.Map<String, String> eventVariables) {
      this(key, element, template, eventVariables, java.util.Map.of());
    }
  }

  /**
   * Activates a catch event whose event already occurred (after an event-based gateway): it takes
   * the event's variables and completes at once, without waiting.
   */
  record ActivateTriggeredEvent(
      ExecutableFlowNode element,
      ProcessInstanceRecord template,
      java.util.Map<String, String> eventVariables)
      implements InternalCommand {}

  /** Completes an active element instance. */
  record CompleteElement(long elementInstanceKey) implements InternalCommand {}

  /** A path in a flow scope ended; the scope completes when nothing is left in it. */
  record ChildCompleted(long flowScopeKey) implements InternalCommand {}

  /**
   * An element instance that stayed TERMINATING while its user task's canceling listeners ran may
   * now end, and so may the terminating scopes around it.
   */
  record CompleteTermination(long elementInstanceKey) implements InternalCommand {}

  /**
   * An element instance in this active scope ended its waiting termination: what waited for it goes
   * on (an interrupting boundary event or event sub-process activates, or the scope completes when
   * nothing is left in it).
   */
  record ChildTerminated(long flowScopeKey) implements InternalCommand {}

  /** Times out activated jobs whose deadline passed and ends back-offs that are over. */
  record CheckJobDueDates() implements InternalCommand {}

  /**
   * Carries on with an element instance that an incident stopped: its activation when it is still
   * activating, its completion when it is completing.
   */
  record ResumeElement(long elementInstanceKey) implements InternalCommand {}

  /**
   * Something moved in a scope: an inclusive join there may now have all the tokens that can still
   * arrive.
   */
  record CheckInclusiveJoins(long flowScopeKey) implements InternalCommand {}

  /** A timer is due: fire it. */
  record TriggerTimer(long timerKey) implements InternalCommand {}

  /** A message subscription was opened: correlate the oldest fitting buffered message. */
  record CorrelateBufferedMessage(long subscriptionKey) implements InternalCommand {}

  /**
   * An instance that a message start event created ended: a buffered message with its correlation
   * key may start the next one.
   */
  record CorrelateBufferedStartMessages(String bpmnProcessId) implements InternalCommand {}

  /** Buffered messages whose time to live is over leave the buffer. */
  record ExpireMessages() implements InternalCommand {}
}
