package org.tongxing.engine.state.immutable;

import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;

/**
 * An active element instance as the engine keeps it.
 *
 * @param state the last lifecycle intent applied (ELEMENT_ACTIVATING, ELEMENT_ACTIVATED, ...)
 * @param activeChildren element instances in this scope that have not ended yet
 * @param activeSequenceFlows sequence flows taken in this scope whose target is not activated yet
 * @param jobKey the job of a job worker task while it waits, else -1
 * @param userTaskKey the user task of a user task element while it waits, else -1
 * @param calledProcessInstanceKey the process instance a call activity started, else -1
 * @param executionListenerIndex how many execution listeners of the current phase (start while
 *     activating, end while completing) have completed
 */
public record ElementInstance(
    long key,
    ProcessInstanceIntent state,
    ProcessInstanceRecord value,
    int activeChildren,
    int activeSequenceFlows,
    long jobKey,
    long userTaskKey,
    long calledProcessInstanceKey,
    int executionListenerIndex) {

  public static ElementInstance activating(long key, ProcessInstanceRecord value) {
    return new ElementInstance(
        key, ProcessInstanceIntent.ELEMENT_ACTIVATING, value, 0, 0, -1, -1, -1, 0);
  }

  public ElementInstance withState(ProcessInstanceIntent newState) {
    return new ElementInstance(
        key,
        newState,
        value,
        activeChildren,
        activeSequenceFlows,
        jobKey,
        userTaskKey,
        calledProcessInstanceKey,
        executionListenerIndex);
  }

  public ElementInstance withActiveChildren(int count) {
    return new ElementInstance(
        key,
        state,
        value,
        count,
        activeSequenceFlows,
        jobKey,
        userTaskKey,
        calledProcessInstanceKey,
        executionListenerIndex);
  }

  public ElementInstance withActiveSequenceFlows(int count) {
    return new ElementInstance(
        key,
        state,
        value,
        activeChildren,
        count,
        jobKey,
        userTaskKey,
        calledProcessInstanceKey,
        executionListenerIndex);
  }

  public ElementInstance withJobKey(long newJobKey) {
    return new ElementInstance(
        key,
        state,
        value,
        activeChildren,
        activeSequenceFlows,
        newJobKey,
        userTaskKey,
        calledProcessInstanceKey,
        executionListenerIndex);
  }

  public ElementInstance withUserTaskKey(long newUserTaskKey) {
    return new ElementInstance(
        key,
        state,
        value,
        activeChildren,
        activeSequenceFlows,
        jobKey,
        newUserTaskKey,
        calledProcessInstanceKey,
        executionListenerIndex);
  }

  public ElementInstance withCalledProcessInstanceKey(long childKey) {
    return new ElementInstance(
        key,
        state,
        value,
        activeChildren,
        activeSequenceFlows,
        jobKey,
        userTaskKey,
        childKey,
        executionListenerIndex);
  }

  /** The next phase starts counting its listeners from zero. */
  public ElementInstance withExecutionListenerIndex(int index) {
    return new ElementInstance(
        key,
        state,
        value,
        activeChildren,
        activeSequenceFlows,
        jobKey,
        userTaskKey,
        calledProcessInstanceKey,
        index);
  }

  public boolean isActive() {
    return state == ProcessInstanceIntent.ELEMENT_ACTIVATED;
  }
}
