package org.tongxing.app.modeler.deployed;

/** A deployed version of a decision requirements graph: one DMN file. */
public record DecisionGraphVersion(
    String decisionRequirementsId, String name, int version, long key, String resourceName) {

  public String label() {
    return name == null || name.isBlank() ? decisionRequirementsId : name;
  }
}
