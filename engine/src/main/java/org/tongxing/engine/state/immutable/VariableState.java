package org.tongxing.engine.state.immutable;

import java.util.Map;

/** Read access to variables, by scope (process instance or element instance key). */
public interface VariableState {

  /** The variable's key and JSON value in exactly this scope, or null. */
  Variable getLocal(long scopeKey, String name);

  /** The variables of exactly this scope, by name. */
  Map<String, Variable> getLocals(long scopeKey);

  /** The parent scope's key, or -1 for a root scope or an unknown one. */
  long getParentScope(long scopeKey);

  /** Variables visible from a scope: its own and its ancestors', the nearest winning. */
  Map<String, String> getVisible(long scopeKey);

  /**
   * Variables asked to be set on the scope that wait for a user task's updating listeners, or null.
   */
  org.tongxing.engine.record.VariableDocumentRecord getPendingDocument(long scopeKey);

  /** A variable as stored: its key and its JSON value. */
  record Variable(long key, String value) {}
}
