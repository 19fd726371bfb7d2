package org.tongxing.app.tasklist;

import java.util.Map;
import java.util.Optional;

/**
 * What another feature (the approval operations) adds to the tasklist's rules, without the tasklist
 * knowing it: who else may look at a task, when completing must wait, and what happens once a task
 * is completed. Every method has a neutral default.
 */
public interface TaskPolicyExtension {

  /** Whether the user may look at the task without working on it (a copy, a co-signer). */
  default boolean mayView(TasklistUser user, UserTaskInfo task) {
    return false;
  }

  /** Why the user may not complete the task now (a delegation, co-signers still to sign). */
  default Optional<FlashNotice> completionRefusal(UserTaskInfo task, TasklistUser user) {
    return Optional.empty();
  }

  /**
   * Takes over a valid completion instead of sending it to the engine now (a delegate giving the
   * task back, co-signers who sign after the user); the notice to show when it did.
   */
  default Optional<FlashNotice> holdCompletion(
      UserTaskInfo task, TasklistUser user, String displayName, Map<String, Object> variables) {
    return Optional.empty();
  }

  /** Form values to start from instead of the process variables (a delegate's work). */
  default Map<String, Object> prefill(UserTaskInfo task, TasklistUser user) {
    return Map.of();
  }

  /** Adds what the feature shows on the task page to its model. */
  default void addToPage(
      UserTaskInfo task, TasklistUser user, java.util.Locale locale, Map<String, Object> model) {}

  /** After the engine accepted the task's completion. */
  default void completed(
      UserTaskInfo task, TasklistUser user, String displayName, Map<String, Object> variables) {}
}
