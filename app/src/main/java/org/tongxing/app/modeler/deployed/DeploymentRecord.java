package org.tongxing.app.modeler.deployed;

import java.time.OffsetDateTime;
import java.util.List;
import org.tongxing.app.modeler.draft.Author;

/**
 * A deployment the app made: who, when, why, from which draft version, what the confirmation said
 * would change ({@code changes}, as shown), and the files sent.
 */
public record DeploymentRecord(
    Long id,
    long deploymentKey,
    DeploymentSource source,
    Long draftId,
    Integer draftVersion,
    Author deployedBy,
    String reason,
    String changes,
    OffsetDateTime deployedAt,
    List<DeployedResource> resources) {

  public DeploymentRecord {
    resources = List.copyOf(resources);
  }
}
