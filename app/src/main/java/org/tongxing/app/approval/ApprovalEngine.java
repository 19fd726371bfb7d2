package org.tongxing.app.approval;

import java.util.Map;
import java.util.Optional;

/**
 * What the approval operations ask of the runtime, all of it through the Camunda client: user task
 * assignment and updates, process instance modification, helper process instances, and searches.
 * Nothing here needs a back door into the embedded engine.
 */
public interface ApprovalEngine {

  /** Assigns the task to someone else, taking it from its current assignee (转办, 委派). */
  void reassign(long taskKey, String assignee);

  void changePriority(long taskKey, int priority);

  /**
   * Sends the case back (退回): terminates the element instance and activates the earlier element in
   * one modification, with the variables set on the activated element's scope.
   */
  void moveBack(
      long processInstanceKey,
      long elementInstanceKeyToTerminate,
      String targetElementId,
      Map<String, Object> variables);

  /** The active multi-instance body of the element, whose inner instance a task is. */
  Optional<Long> activeMultiInstanceBody(long processInstanceKey, String elementId);

  /** Starts the latest version of a (helper) process. */
  long start(String processId, Map<String, Object> variables);

  void cancel(long processInstanceKey);

  /** Whether the process instance has ended, and its own variables then (JSON text by name). */
  Optional<Map<String, String>> variablesIfEnded(long processInstanceKey);
}
