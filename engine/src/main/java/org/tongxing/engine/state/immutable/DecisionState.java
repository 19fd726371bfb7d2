package org.tongxing.engine.state.immutable;

import org.tongxing.engine.dmn.DecisionEngine;
import org.tongxing.engine.record.DecisionRecord;
import org.tongxing.engine.record.DecisionRequirementsRecord;

/** Read access to deployed decisions and their decision requirements graphs. */
public interface DecisionState {

  /** A deployed DRG with its parsed form. */
  record DeployedDecisionRequirements(
      DecisionRequirementsRecord record, DecisionEngine.Parsed parsed) {}

  DecisionRecord getLatestDecision(String decisionId);

  DecisionRecord getDecision(long decisionKey);

  DeployedDecisionRequirements getRequirements(long decisionRequirementsKey);

  DeployedDecisionRequirements getLatestRequirements(String decisionRequirementsId);

  /** Every deployed decision requirements graph, every version, by key. */
  java.util.List<DecisionRequirementsRecord> allRequirements();

  /** Every deployed decision, every version, by key. */
  java.util.List<DecisionRecord> allDecisions();
}
