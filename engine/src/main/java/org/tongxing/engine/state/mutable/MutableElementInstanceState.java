package org.tongxing.engine.state.mutable;

import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.state.immutable.ElementInstance;
import org.tongxing.engine.state.immutable.ElementInstanceState;
import org.tongxing.engine.state.tx.TxMap;
import org.tongxing.engine.state.tx.UndoLog;

/** Active element instances; an instance is removed when it completes or terminates. */
public final class MutableElementInstanceState implements ElementInstanceState {

  private final TxMap<Long, ElementInstance> instances;

  MutableElementInstanceState(UndoLog undoLog) {
    instances = new TxMap<>(undoLog);
  }

  @Override
  public ElementInstance get(long key) {
    return instances.get(key);
  }

  public void create(long key, ProcessInstanceRecord value) {
    instances.put(key, new ElementInstance(key, ProcessInstanceIntent.ELEMENT_ACTIVATING, value,
        0, 0, -1, -1));
    updateFlowScope(value.flowScopeKey(), +1, 0);
  }

  public void setState(long key, ProcessInstanceIntent state) {
    ElementInstance instance = instances.get(key);
    if (instance != null) {
      instances.put(key, instance.withState(state));
    }
  }

  public void remove(long key) {
    ElementInstance instance = instances.remove(key);
    if (instance != null) {
      updateFlowScope(instance.value().flowScopeKey(), -1, 0);
    }
  }

  /** A sequence flow was taken in the scope: one more token on its way to a target. */
  public void sequenceFlowTaken(long flowScopeKey) {
    updateFlowScope(flowScopeKey, 0, +1);
  }

  /** A token on a sequence flow reached its target, which is being activated. */
  public void sequenceFlowArrived(long flowScopeKey) {
    updateFlowScope(flowScopeKey, 0, -1);
  }

  public void setJobKey(long key, long jobKey) {
    ElementInstance instance = instances.get(key);
    if (instance != null) {
      instances.put(key, instance.withJobKey(jobKey));
    }
  }

  public void setUserTaskKey(long key, long userTaskKey) {
    ElementInstance instance = instances.get(key);
    if (instance != null) {
      instances.put(key, instance.withUserTaskKey(userTaskKey));
    }
  }

  private void updateFlowScope(long flowScopeKey, int childDelta, int flowDelta) {
    ElementInstance scope = instances.get(flowScopeKey);
    if (scope != null) {
      instances.put(
          flowScopeKey,
          scope
              .withActiveChildren(scope.activeChildren() + childDelta)
              .withActiveSequenceFlows(scope.activeSequenceFlows() + flowDelta));
    }
  }

  public int size() {
    return instances.size();
  }
}
