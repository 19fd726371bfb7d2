package org.tongxing.app.modeler.resource;

import java.util.List;

/**
 * What a file defines: a BPMN file its processes, a DMN file its decision requirements graph
 * (resource id) and decisions, a form file its form id. {@code resourceId} is the id a deployment
 * knows the file by: the first process, the DRG, the form.
 */
public record ModelSummary(
    ModelKind kind, String resourceId, String name, List<Definition> definitions) {

  public ModelSummary {
    definitions = List.copyOf(definitions);
  }

  /** A process, a decision or a form, with its name (may be empty). */
  public record Definition(String id, String name) {}

  public List<String> ids() {
    return definitions.stream().map(Definition::id).toList();
  }

  /** The name to show: the file's own name, else its resource id. */
  public String label() {
    return name == null || name.isBlank() ? resourceId : name;
  }
}
