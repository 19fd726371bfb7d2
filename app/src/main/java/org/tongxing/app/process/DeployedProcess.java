package org.tongxing.app.process;

/** The latest deployed version of a process, as the catalogue and the filters list it. */
public record DeployedProcess(long key, String processId, String name, int version) {

  /** The name, or the id when the model gives none. */
  public String displayName() {
    return name == null || name.isBlank() ? processId : name;
  }
}
