package org.tongxing.engine.record;

import java.util.List;

/**
 * A deployment: the processes and forms it contains, new or duplicates of earlier versions.
 *
 * @param processes one entry per process in the deployment's resources
 * @param forms one entry per form in the deployment's resources
 * @param decisionRequirements one entry per DMN resource
 * @param decisions one entry per decision in the DMN resources
 */
public record DeploymentRecord(
    long deploymentKey,
    List<ResourceMetadata> processes,
    List<ResourceMetadata> forms,
    List<ResourceMetadata> decisionRequirements,
    List<ResourceMetadata> decisions)
    implements RecordValue {

  /**
   * A deployed resource's identity.
   *
   * @param id the BPMN process id or the form id
   * @param key the process definition key or form key
   * @param duplicate true when the same resource was already deployed as this version
   */
  public record ResourceMetadata(
      String id, int version, long key, String resourceName, String checksum, boolean duplicate) {}
}
