package org.tongxing.engine.api;

import java.util.List;

/** What a deployment created, or found already deployed. */
public record DeploymentResult(
    long deploymentKey,
    List<DeployedProcessInfo> processes,
    List<DeployedFormInfo> forms,
    List<DeployedDecisionInfo> decisions,
    List<DeployedDecisionRequirementsInfo> decisionRequirements) {

  public record DeployedDecisionInfo(
      String decisionId,
      String name,
      int version,
      long decisionKey,
      String decisionRequirementsId,
      long decisionRequirementsKey) {}

  public record DeployedDecisionRequirementsInfo(
      String decisionRequirementsId,
      String name,
      int version,
      long decisionRequirementsKey,
      String resourceName) {}

  public record DeployedProcessInfo(
      String bpmnProcessId, int version, long processDefinitionKey, String resourceName) {}

  public record DeployedFormInfo(String formId, int version, long formKey, String resourceName) {}
}
