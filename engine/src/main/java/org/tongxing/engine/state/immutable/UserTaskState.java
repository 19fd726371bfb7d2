package org.tongxing.engine.state.immutable;

import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;

/** Read access to open user tasks. */
public interface UserTaskState {

  /**
   * The open user task as it is, or null when it does not exist or is not open any more. While a
   * transition runs, its change is not applied yet (see {@link #getTransition}).
   */
  UserTaskRecord get(long userTaskKey);

  /** The lifecycle transition whose task listeners run now, or null when none runs. */
  Transition getTransition(long userTaskKey);

  /**
   * A lifecycle transition of a user task while its task listeners run.
   *
   * @param event the event that started it: CREATING, ASSIGNING, UPDATING, COMPLETING or CANCELING
   * @param base the task before the transition (for CREATING, the task as the model makes it, with
   *     its initial assignee)
   * @param intermediate the task as it will be: the requested change with the corrections of the
   *     listeners that have completed
   * @param requested the attributes the command that started it changes (the assignee of an
   *     assignment, the changeset of an update), whatever the listeners correct
   * @param completedListeners how many of the transition's listeners have completed
   */
  record Transition(
      UserTaskIntent event,
      UserTaskRecord base,
      UserTaskRecord intermediate,
      java.util.List<String> requested,
      int completedListeners) {

    public Transition withIntermediate(UserTaskRecord corrected) {
      return new Transition(event, base, corrected, requested, completedListeners);
    }

    public Transition withListenerCompleted() {
      return new Transition(event, base, intermediate, requested, completedListeners + 1);
    }
  }
}
