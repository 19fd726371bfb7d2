package org.tongxing.engine.api;

import java.util.List;

/** What a deployment created, or found already deployed. */
public record DeploymentResult(
    long deploymentKey, List<DeployedProcessInfo> processes, List<DeployedFormInfo> forms) {

  public record DeployedProcessInfo(
      String bpmnProcessId, int version, long processDefinitionKey, String resourceName) {}

  public record DeployedFormInfo(String formId, int version, long formKey, String resourceName) {}
}
