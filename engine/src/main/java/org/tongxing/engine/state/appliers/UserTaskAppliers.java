package org.tongxing.engine.state.appliers;

import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.state.mutable.EngineState;

/** User task lifecycle: open from creation until completed or canceled. */
final class UserTaskAppliers {

  private UserTaskAppliers() {}

  static void register(EventAppliers appliers, EngineState state) {
    appliers.<UserTaskRecord>register(
        UserTaskIntent.CREATED,
        (key, value) -> {
          state.userTasks().put(value);
          state.elementInstances().setUserTaskKey(value.elementInstanceKey(), key);
        });
    appliers.<UserTaskRecord>register(
        UserTaskIntent.ASSIGNED, (key, value) -> state.userTasks().put(value));
    appliers.<UserTaskRecord>register(
        UserTaskIntent.UPDATED, (key, value) -> state.userTasks().put(value));
    for (UserTaskIntent intent : new UserTaskIntent[] {UserTaskIntent.COMPLETED, UserTaskIntent.CANCELED}) {
      appliers.<UserTaskRecord>register(
          intent,
          (key, value) -> {
            state.userTasks().remove(key);
            state.elementInstances().setUserTaskKey(value.elementInstanceKey(), -1);
          });
    }
  }
}
