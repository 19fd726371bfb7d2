package org.tongxing.engine.api;

import java.util.List;

/**
 * Every deployed decision requirements graph (every version, with its DMN XML) and every deployed
 * decision, oldest first: what the REST API's decision definition and decision requirements
 * searches read.
 */
public record DeployedDecisions(List<Requirements> requirements, List<Decision> decisions) {

  public record Requirements(
      String decisionRequirementsId,
      String name,
      int version,
      long decisionRequirementsKey,
      String resourceName,
      String xml) {}

  public record Decision(
      String decisionId,
      String name,
      int version,
      long decisionKey,
      String decisionRequirementsId,
      long decisionRequirementsKey) {}
}
