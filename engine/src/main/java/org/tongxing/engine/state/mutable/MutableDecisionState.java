package org.tongxing.engine.state.mutable;

import org.tongxing.engine.record.DecisionRecord;
import org.tongxing.engine.state.immutable.DecisionState;
import org.tongxing.engine.state.tx.TxMap;
import org.tongxing.engine.state.tx.UndoLog;

/** Deployed decisions and decision requirements graphs, by key and the latest by id. */
public final class MutableDecisionState implements DecisionState {

  private final TxMap<Long, DeployedDecisionRequirements> requirements;
  private final TxMap<String, Long> latestRequirements;
  private final TxMap<Long, DecisionRecord> decisions;
  private final TxMap<String, Long> latestDecisions;

  MutableDecisionState(UndoLog undoLog) {
    requirements = new TxMap<>(undoLog);
    latestRequirements = new TxMap<>(undoLog);
    decisions = new TxMap<>(undoLog);
    latestDecisions = new TxMap<>(undoLog);
  }

  public void putRequirements(DeployedDecisionRequirements deployed) {
    var record = deployed.record();
    requirements.put(record.decisionRequirementsKey(), deployed);
    var latest = getLatestRequirements(record.decisionRequirementsId());
    if (latest == null || latest.record().version() < record.version()) {
      latestRequirements.put(record.decisionRequirementsId(), record.decisionRequirementsKey());
    }
  }

  public void putDecision(DecisionRecord decision) {
    decisions.put(decision.decisionKey(), decision);
    DecisionRecord latest = getLatestDecision(decision.decisionId());
    if (latest == null || latest.version() < decision.version()) {
      latestDecisions.put(decision.decisionId(), decision.decisionKey());
    }
  }

  @Override
  public DecisionRecord getLatestDecision(String decisionId) {
    Long key = latestDecisions.get(decisionId);
    return key == null ? null : decisions.get(key);
  }

  @Override
  public DecisionRecord getDecision(long decisionKey) {
    return decisions.get(decisionKey);
  }

  @Override
  public DeployedDecisionRequirements getRequirements(long decisionRequirementsKey) {
    return requirements.get(decisionRequirementsKey);
  }

  @Override
  public DeployedDecisionRequirements getLatestRequirements(String decisionRequirementsId) {
    Long key = latestRequirements.get(decisionRequirementsId);
    return key == null ? null : requirements.get(key);
  }

  @Override
  public java.util.List<org.tongxing.engine.record.DecisionRequirementsRecord> allRequirements() {
    return snapshotRequirements();
  }

  @Override
  public java.util.List<DecisionRecord> allDecisions() {
    return snapshotDecisions();
  }

  /** The deployed decision requirements graphs, oldest first: their records only. */
  public java.util.List<org.tongxing.engine.record.DecisionRequirementsRecord>
      snapshotRequirements() {
    return requirements.values().stream()
        .map(DeployedDecisionRequirements::record)
        .sorted(
            java.util.Comparator.comparingLong(
                org.tongxing.engine.record.DecisionRequirementsRecord::decisionRequirementsKey))
        .toList();
  }

  public java.util.List<DecisionRecord> snapshotDecisions() {
    return decisions.values().stream()
        .sorted(java.util.Comparator.comparingLong(DecisionRecord::decisionKey))
        .toList();
  }
}
