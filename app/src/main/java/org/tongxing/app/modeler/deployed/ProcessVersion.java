package org.tongxing.app.modeler.deployed;

/** A deployed version of a process. */
public record ProcessVersion(
    String processId, String name, int version, long key, String resourceName) {

  public String label() {
    return name == null || name.isBlank() ? processId : name;
  }
}
