package org.tongxing.engine.state.appliers;

import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.record.JobRecord;
import org.tongxing.engine.state.immutable.JobState.Status;
import org.tongxing.engine.state.mutable.EngineState;

/** Job lifecycle; the job state keeps its indexes (activatable, deadlines, back-offs) in step. */
final class JobAppliers {

  private JobAppliers() {}

  static void register(EventAppliers appliers, EngineState state) {
    appliers.<JobRecord>register(
        JobIntent.CREATED,
        (key, value) -> {
          state.jobs().put(key, value, Status.ACTIVATABLE);
          state.elementInstances().setJobKey(value.elementInstanceKey(), key);
        });
    appliers.<JobRecord>register(
        JobIntent.ACTIVATED, (key, value) -> state.jobs().put(key, value, Status.ACTIVATED));
    appliers.<JobRecord>register(
        JobIntent.COMPLETED,
        (key, value) -> {
          state.jobs().remove(key);
          state.elementInstances().setJobKey(value.elementInstanceKey(), -1);
          if (value.forExecutionListener()) {
            state.elementInstances().executionListenerCompleted(value.elementInstanceKey());
          } else if (value.forTaskListener()) {
            var instance = state.elementInstances().get(value.elementInstanceKey());
            if (instance != null) {
              state.userTasks().taskListenerCompleted(instance.userTaskKey());
            }
          }
        });
    appliers.<JobRecord>register(
        JobIntent.FAILED,
        (key, value) -> {
          boolean waitsForBackoff = value.retries() > 0 && value.retryBackoff() > 0;
          boolean activatable = value.retries() > 0 && !waitsForBackoff;
          state.jobs().put(key, value, activatable ? Status.ACTIVATABLE : Status.FAILED);
        });
    appliers.<JobRecord>register(
        JobIntent.RECURRED_AFTER_BACKOFF,
        (key, value) -> state.jobs().put(key, value, Status.ACTIVATABLE));
    appliers.<JobRecord>register(
        JobIntent.TIMED_OUT, (key, value) -> state.jobs().put(key, value, Status.ACTIVATABLE));
    appliers.<JobRecord>register(
        JobIntent.YIELDED, (key, value) -> state.jobs().put(key, value, Status.ACTIVATABLE));
    appliers.<JobRecord>register(
        JobIntent.RETRIES_UPDATED,
        (key, value) -> {
          var job = state.jobs().get(key);
          if (job != null) {
            state.jobs().put(key, value, job.status());
          }
        });
    appliers.<JobRecord>register(
        JobIntent.TIMEOUT_UPDATED,
        (key, value) -> {
          var job = state.jobs().get(key);
          if (job != null) {
            state.jobs().put(key, value, job.status());
          }
        });
    appliers.<JobRecord>register(
        JobIntent.ERROR_THROWN, (key, value) -> state.jobs().put(key, value, Status.ERROR_THROWN));
    appliers.<JobRecord>register(
        JobIntent.CANCELED,
        (key, value) -> {
          state.jobs().remove(key);
          state.elementInstances().setJobKey(value.elementInstanceKey(), -1);
        });
  }
}
