package org.tongxing.engine.state.immutable;

/** Read access to active element instances. */
public interface ElementInstanceState {

  /** The element instance, or null when it does not exist (any more). */
  ElementInstance get(long key);

  /** The keys of the active element instances directly inside this one, oldest first. */
  java.util.List<Long> getChildren(long key);

  /**
   * Tokens waiting at a joining gateway in a flow scope: for each incoming sequence flow id, how
   * many times it was taken and not yet consumed by an activation of the gateway.
   */
  java.util.Map<String, Integer> getWaitingTokens(long flowScopeKey, String gatewayId);

  /**
   * Elements to activate in the scope once it is ready (a process instance whose start execution
   * listeners are still running), in the order they were asked for.
   */
  java.util.List<org.tongxing.engine.record.ProcessEventRecord> getDeferredActivations(
      long scopeKey);
}
