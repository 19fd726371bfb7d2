package org.tongxing.engine.processing.usertask;

import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.state.immutable.UserTaskState.Transition;

/** Finds the open user task a command names; it must not be in a transition. */
final class UserTaskPreconditions {

  private UserTaskPreconditions() {}

  static UserTaskRecord requireOpenTask(long key, String action, ProcessingContext context) {
    UserTaskRecord task = context.state().userTasks().get(key);
    if (task == null) {
      throw context.reject(
          RejectionType.NOT_FOUND,
          "Expected to "
              + action
              + " user task with key '"
              + key
              + "', but no such open user task was found");
    }
    Transition transition = context.state().userTasks().getTransition(key);
    if (transition != null) {
      throw context.reject(
          RejectionType.INVALID_STATE,
          "Expected to "
              + action
              + " user task with key '"
              + key
              + "', but it is in state '"
              + transition.event().lifecycleState().orElseThrow()
              + "': its "
              + transition.event().name().toLowerCase(java.util.Locale.ROOT)
              + " listeners run; try again once they are done");
    }
    return task;
  }
}
