package org.tongxing.engine.state.mutable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.tongxing.engine.record.ProcessEventRecord;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.state.immutable.ElementInstance;
import org.tongxing.engine.state.immutable.ElementInstanceState;
import org.tongxing.engine.state.tx.TxMap;
import org.tongxing.engine.state.tx.TxSet;
import org.tongxing.engine.state.tx.UndoLog;

/** Active element instances; an instance is removed when it completes or terminates. */
public final class MutableElementInstanceState implements ElementInstanceState {

  private final UndoLog undoLog;
  private final TxMap<Long, ElementInstance> instances;
  private final TxMap<Long, TxSet<Long>> children;

  /** scope key → elements to activate once the scope is ready (see ProcessEventIntent). */
  private final TxMap<Long, List<ProcessEventRecord>> deferredActivations;

  /** flow scope key → joining gateway id → incoming flow id → waiting tokens. */
  private final TxMap<Long, Map<String, Map<String, Integer>>> waitingTokens;

  MutableElementInstanceState(UndoLog undoLog) {
    this.undoLog = undoLog;
    instances = new TxMap<>(undoLog);
    children = new TxMap<>(undoLog);
    waitingTokens = new TxMap<>(undoLog);
    deferredActivations = new TxMap<>(undoLog);
  }

  @Override
  public List<ProcessEventRecord> getDeferredActivations(long scopeKey) {
    List<ProcessEventRecord> deferred = deferredActivations.get(scopeKey);
    return deferred == null ? List.of() : deferred;
  }

  /** An element waits to be activated in a scope that is not ready yet. */
  public void deferActivation(ProcessEventRecord event) {
    List<ProcessEventRecord> deferred = new ArrayList<>(getDeferredActivations(event.scopeKey()));
    deferred.add(event);
    deferredActivations.put(event.scopeKey(), List.copyOf(deferred));
  }

  /** The scope is ready: a deferred element is being activated. */
  public void deferredActivationTriggered(ProcessEventRecord event) {
    List<ProcessEventRecord> deferred = new ArrayList<>(getDeferredActivations(event.scopeKey()));
    deferred.remove(event);
    if (deferred.isEmpty()) {
      deferredActivations.remove(event.scopeKey());
    } else {
      deferredActivations.put(event.scopeKey(), List.copyOf(deferred));
    }
  }

  /** One more execution listener of the instance's current phase completed. */
  public void executionListenerCompleted(long key) {
    ElementInstance instance = instances.get(key);
    if (instance != null) {
      instances.put(
          key, instance.withExecutionListenerIndex(instance.executionListenerIndex() + 1));
    }
  }

  @Override
  public Map<String, Integer> getWaitingTokens(long flowScopeKey, String gatewayId) {
    Map<String, Map<String, Integer>> scope = waitingTokens.get(flowScopeKey);
    Map<String, Integer> tokens = scope == null ? null : scope.get(gatewayId);
    return tokens == null ? Map.of() : tokens;
  }

  /** A token arrived over a sequence flow at a joining gateway and waits there. */
  public void addWaitingToken(long flowScopeKey, String gatewayId, String flowId) {
    Map<String, Integer> tokens = new HashMap<>(getWaitingTokens(flowScopeKey, gatewayId));
    tokens.merge(flowId, 1, Integer::sum);
    putWaitingTokens(flowScopeKey, gatewayId, tokens);
  }

  /** The gateway activates: it consumes one waiting token of each given incoming flow. */
  public void consumeWaitingTokens(long flowScopeKey, String gatewayId, List<String> flowIds) {
    Map<String, Integer> tokens = new HashMap<>(getWaitingTokens(flowScopeKey, gatewayId));
    for (String flowId : flowIds) {
      tokens.computeIfPresent(flowId, (id, count) -> count > 1 ? count - 1 : null);
    }
    putWaitingTokens(flowScopeKey, gatewayId, tokens);
  }

  private void putWaitingTokens(long flowScopeKey, String gatewayId, Map<String, Integer> tokens) {
    Map<String, Map<String, Integer>> scope =
        new HashMap<>(
            waitingTokens.get(flowScopeKey) == null ? Map.of() : waitingTokens.get(flowScopeKey));
    if (tokens.isEmpty()) {
      scope.remove(gatewayId);
    } else {
      scope.put(gatewayId, Map.copyOf(tokens));
    }
    if (scope.isEmpty()) {
      waitingTokens.remove(flowScopeKey);
    } else {
      waitingTokens.put(flowScopeKey, Map.copyOf(scope));
    }
  }

  /** A terminate end event ended the scope: no token in it waits for anything any more. */
  public void dropTokens(long flowScopeKey) {
    waitingTokens.remove(flowScopeKey);
    ElementInstance scope = instances.get(flowScopeKey);
    if (scope != null && scope.activeSequenceFlows() != 0) {
      instances.put(flowScopeKey, scope.withActiveSequenceFlows(0));
    }
  }

  /** Tokens that arrived over sequence flows and are consumed at once or by a later join. */
  public void sequenceFlowsArrived(long flowScopeKey, int count) {
    updateFlowScope(flowScopeKey, 0, -count);
  }

  @Override
  public List<Long> getChildren(long key) {
    TxSet<Long> keys = children.get(key);
    return keys == null ? List.of() : List.copyOf(keys.asSet());
  }

  @Override
  public ElementInstance get(long key) {
    return instances.get(key);
  }

  public void create(long key, ProcessInstanceRecord value) {
    instances.put(key, ElementInstance.activating(key, value));
    updateFlowScope(value.flowScopeKey(), +1, 0);
    if (value.flowScopeKey() >= 0) {
      TxSet<Long> siblings = children.get(value.flowScopeKey());
      if (siblings == null) {
        siblings = new TxSet<>(undoLog, new LinkedHashSet<>());
        children.put(value.flowScopeKey(), siblings);
      }
      siblings.add(key);
    }
  }

  public void setState(long key, ProcessInstanceIntent state) {
    ElementInstance instance = instances.get(key);
    if (instance != null) {
      // a new phase: its execution listeners are counted from the first one
      instances.put(key, instance.withState(state).withExecutionListenerIndex(0));
    }
  }

  public void remove(long key) {
    ElementInstance instance = instances.remove(key);
    // tokens still waiting at joins inside the ended scope go with it
    waitingTokens.remove(key);
    deferredActivations.remove(key);
    if (instance != null) {
      long flowScopeKey = instance.value().flowScopeKey();
      updateFlowScope(flowScopeKey, -1, 0);
      TxSet<Long> siblings = children.get(flowScopeKey);
      if (siblings != null) {
        siblings.remove(key);
        if (siblings.isEmpty()) {
          children.remove(flowScopeKey);
        }
      }
    }
  }

  /** A sequence flow was taken in the scope: one more token on its way to a target. */
  public void sequenceFlowTaken(long flowScopeKey) {
    updateFlowScope(flowScopeKey, 0, +1);
  }

  public void setJobKey(long key, long jobKey) {
    ElementInstance instance = instances.get(key);
    if (instance != null) {
      instances.put(key, instance.withJobKey(jobKey));
    }
  }

  public void setCalledProcessInstanceKey(long key, long childKey) {
    ElementInstance instance = instances.get(key);
    if (instance != null) {
      instances.put(key, instance.withCalledProcessInstanceKey(childKey));
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

  /** The element instances (parents before children), waiting tokens and deferred elements. */
  public record Snapshot(
      List<ElementInstance> instances,
      Map<Long, Map<String, Map<String, Integer>>> waitingTokens,
      Map<Long, List<ProcessEventRecord>> deferredActivations) {}

  public Snapshot snapshot() {
    return new Snapshot(
        instances.values().stream()
            .sorted(java.util.Comparator.comparingLong(ElementInstance::key))
            .toList(),
        new HashMap<>(waitingTokens.asMap()),
        new HashMap<>(deferredActivations.asMap()));
  }

  /** Restores into an empty state; the counters come as they were, children in key order. */
  public void restore(Snapshot snapshot) {
    for (ElementInstance instance : snapshot.instances()) {
      instances.put(instance.key(), instance);
      long flowScopeKey = instance.value().flowScopeKey();
      if (flowScopeKey >= 0) {
        TxSet<Long> siblings = children.get(flowScopeKey);
        if (siblings == null) {
          siblings = new TxSet<>(undoLog, new LinkedHashSet<>());
          children.put(flowScopeKey, siblings);
        }
        siblings.add(instance.key());
      }
    }
    snapshot
        .waitingTokens()
        .forEach((scope, tokens) -> waitingTokens.put(scope, Map.copyOf(tokens)));
    snapshot
        .deferredActivations()
        .forEach((scope, deferred) -> deferredActivations.put(scope, List.copyOf(deferred)));
  }
}
