package org.tongxing.engine.state.appliers;

import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.state.immutable.UserTaskState.Transition;
import org.tongxing.engine.state.mutable.EngineState;

/**
 * User task lifecycle: open from creation (or creating) until completed or canceled. A transition's
 * start keeps the requested change beside the task; its end applies it, a denial drops it.
 */
final class UserTaskAppliers {

  private UserTaskAppliers() {}

  static void register(EventAppliers appliers, EngineState state) {
    var tasks = state.userTasks();
    appliers.<UserTaskRecord>register(
        UserTaskIntent.CREATING,
        (key, value) -> {
          // the task is there without its initial assignee: it is assigned once created
          tasks.put(value.withAssignee("", value.action()));
          tasks.startTransition(
              new Transition(UserTaskIntent.CREATING, value, value, java.util.List.of(), 0));
          state.elementInstances().setUserTaskKey(value.elementInstanceKey(), key);
        });
    appliers.<UserTaskRecord>register(
        UserTaskIntent.CREATED,
        (key, value) -> {
          tasks.put(value);
          tasks.endTransition(key);
          state.elementInstances().setUserTaskKey(value.elementInstanceKey(), key);
        });
    for (UserTaskIntent intent :
        new UserTaskIntent[] {
          UserTaskIntent.ASSIGNING,
          UserTaskIntent.UPDATING,
          UserTaskIntent.COMPLETING,
          UserTaskIntent.CANCELING
        }) {
      appliers.<UserTaskRecord>register(
          intent,
          (key, value) ->
              tasks.startTransition(
                  new Transition(intent, tasks.get(key), value, value.changedAttributes(), 0)));
    }
    appliers.<UserTaskRecord>register(
        UserTaskIntent.CORRECTED, (key, value) -> tasks.correct(value));
    for (UserTaskIntent intent :
        new UserTaskIntent[] {UserTaskIntent.ASSIGNED, UserTaskIntent.UPDATED}) {
      appliers.<UserTaskRecord>register(
          intent,
          (key, value) -> {
            tasks.put(value);
            tasks.endTransition(key);
          });
    }
    for (UserTaskIntent intent :
        new UserTaskIntent[] {
          UserTaskIntent.ASSIGNMENT_DENIED,
          UserTaskIntent.UPDATE_DENIED,
          UserTaskIntent.COMPLETION_DENIED
        }) {
      appliers.<UserTaskRecord>register(intent, (key, value) -> tasks.endTransition(key));
    }
    for (UserTaskIntent intent :
        new UserTaskIntent[] {UserTaskIntent.COMPLETED, UserTaskIntent.CANCELED}) {
      appliers.<UserTaskRecord>register(
          intent,
          (key, value) -> {
            tasks.remove(key);
            state.elementInstances().setUserTaskKey(value.elementInstanceKey(), -1);
          });
    }
  }
}
