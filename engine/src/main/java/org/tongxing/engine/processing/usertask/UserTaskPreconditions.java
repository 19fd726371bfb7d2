package org.tongxing.engine.processing.usertask;

import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.UserTaskRecord;

/** Finds the open user task a command names. */
final class UserTaskPreconditions {

  private UserTaskPreconditions() {}

  static UserTaskRecord requireOpenTask(long key, String action, ProcessingContext context) {
    UserTaskRecord task = context.state().userTasks().get(key);
    if (task == null) {
      throw context.reject(RejectionType.NOT_FOUND,
          "Expected to " + action + " user task with key '" + key
              + "', but no such open user task was found");
    }
    return task;
  }
}
