package org.tongxing.app.modeler.deployed;

import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelKind;

/**
 * One file of a deployment, with the key and version the engine gave its process, DMN file or form
 * (the version it already had when the content was a duplicate).
 */
public record DeployedResource(
    String fileName,
    ModelKind kind,
    String resourceId,
    Long resourceKey,
    Integer version,
    String checksum,
    String content) {

  public ModelFile file() {
    return new ModelFile(fileName, kind, content);
  }
}
