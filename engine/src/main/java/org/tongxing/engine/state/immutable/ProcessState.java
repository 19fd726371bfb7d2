package org.tongxing.engine.state.immutable;

/** Read access to deployed processes. */
public interface ProcessState {

  DeployedProcess getByKey(long processDefinitionKey);

  /** The latest version of the process, or null when it was never deployed. */
  DeployedProcess getLatest(String bpmnProcessId);

  DeployedProcess getByIdAndVersion(String bpmnProcessId, int version);
}
