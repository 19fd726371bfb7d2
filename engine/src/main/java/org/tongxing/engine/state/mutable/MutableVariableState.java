package org.tongxing.engine.state.mutable;

import java.util.HashMap;
import java.util.Map;
import org.tongxing.engine.record.VariableDocumentRecord;
import org.tongxing.engine.state.immutable.VariableState;
import org.tongxing.engine.state.tx.TxMap;
import org.tongxing.engine.state.tx.UndoLog;

/** Variables per scope, and each scope's parent, so lookups can walk outwards. */
public final class MutableVariableState implements VariableState {

  private final UndoLog undoLog;
  private final TxMap<Long, TxMap<String, Variable>> scopes;
  private final TxMap<Long, Long> parents;
  private final TxMap<Long, VariableDocumentRecord> pendingDocuments;

  MutableVariableState(UndoLog undoLog) {
    this.undoLog = undoLog;
    scopes = new TxMap<>(undoLog);
    parents = new TxMap<>(undoLog);
    pendingDocuments = new TxMap<>(undoLog);
  }

  @Override
  public VariableDocumentRecord getPendingDocument(long scopeKey) {
    return pendingDocuments.get(scopeKey);
  }

  public void keepPending(VariableDocumentRecord document) {
    pendingDocuments.put(document.scopeKey(), document);
  }

  public void dropPending(long scopeKey) {
    pendingDocuments.remove(scopeKey);
  }

  public void createScope(long scopeKey, long parentScopeKey) {
    if (parentScopeKey >= 0) {
      parents.put(scopeKey, parentScopeKey);
    }
  }

  public void removeScope(long scopeKey) {
    scopes.remove(scopeKey);
    parents.remove(scopeKey);
    pendingDocuments.remove(scopeKey);
  }

  public void set(long scopeKey, String name, long variableKey, String value) {
    TxMap<String, Variable> variables = scopes.get(scopeKey);
    if (variables == null) {
      variables = new TxMap<>(undoLog);
      scopes.put(scopeKey, variables);
    }
    variables.put(name, new Variable(variableKey, value));
  }

  @Override
  public Variable getLocal(long scopeKey, String name) {
    TxMap<String, Variable> variables = scopes.get(scopeKey);
    return variables == null ? null : variables.get(name);
  }

  @Override
  public Map<String, Variable> getLocals(long scopeKey) {
    TxMap<String, Variable> variables = scopes.get(scopeKey);
    return variables == null ? Map.of() : variables.asMap();
  }

  @Override
  public long getParentScope(long scopeKey) {
    Long parent = parents.get(scopeKey);
    return parent == null ? -1 : parent;
  }

  @Override
  public Map<String, String> getVisible(long scopeKey) {
    Map<String, String> visible = new HashMap<>();
    for (long scope = scopeKey; scope >= 0; scope = getParentScope(scope)) {
      for (Map.Entry<String, Variable> entry : getLocals(scope).entrySet()) {
        visible.putIfAbsent(entry.getKey(), entry.getValue().value());
      }
    }
    return visible;
  }

  /**
   * Each scope's variables and each scope's parent, and the documents waiting for listeners (null
   * in snapshots taken before task listeners).
   */
  public record Snapshot(
      Map<Long, Map<String, Variable>> scopes,
      Map<Long, Long> parents,
      Map<Long, VariableDocumentRecord> pendingDocuments) {}

  public Snapshot snapshot() {
    Map<Long, Map<String, Variable>> copy = new HashMap<>();
    // copies, not views: the snapshot is encoded on another thread while the writer goes on
    scopes.asMap().forEach((scope, variables) -> copy.put(scope, new HashMap<>(variables.asMap())));
    return new Snapshot(
        copy, new HashMap<>(parents.asMap()), new HashMap<>(pendingDocuments.asMap()));
  }

  public void restore(Snapshot snapshot) {
    snapshot.parents().forEach(parents::put);
    if (snapshot.pendingDocuments() != null) {
      snapshot.pendingDocuments().forEach(pendingDocuments::put);
    }
    snapshot
        .scopes()
        .forEach(
            (scope, variables) ->
                variables.forEach(
                    (name, variable) -> set(scope, name, variable.key(), variable.value())));
  }
}
