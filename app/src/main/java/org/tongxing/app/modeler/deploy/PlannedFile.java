package org.tongxing.app.modeler.deploy;

import java.util.List;
import java.util.Map;
import org.tongxing.app.modeler.diff.FileChanges;
import org.tongxing.app.modeler.resource.ModelSummary;

/**
 * What deploying one file changes, against what runs now.
 *
 * @param deployedVersion the version that runs now (null: never deployed)
 * @param nextVersion the version the deployment creates (null: unchanged, no new version)
 * @param runningInstances for a process: running instances per version, which stay on it
 * @param usedBy for a DMN file or form: the deployed processes' elements that use it with the
 *     binding "latest"
 */
public record PlannedFile(
    ModelSummary summary,
    FileChanges changes,
    Integer deployedVersion,
    Integer nextVersion,
    Map<Integer, Long> runningInstances,
    List<Usage> usedBy) {

  public PlannedFile {
    runningInstances = Map.copyOf(runningInstances);
    usedBy = List.copyOf(usedBy);
  }

  /** An element of a deployed process version that uses the file's decision or form. */
  public record Usage(String process, int processVersion, String element) {}

  public long runningInstanceCount() {
    return runningInstances.values().stream().mapToLong(Long::longValue).sum();
  }

  public boolean unchanged() {
    return nextVersion == null;
  }
}
