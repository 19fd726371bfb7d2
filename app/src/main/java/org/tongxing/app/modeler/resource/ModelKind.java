package org.tongxing.app.modeler.resource;

import java.util.Locale;
import java.util.Optional;

/**
 * The three kinds of files a policy owner edits, by their file extension as the Camunda Desktop
 * Modeler saves them.
 */
public enum ModelKind {
  BPMN(".bpmn"),
  DMN(".dmn"),
  FORM(".form");

  private final String extension;

  ModelKind(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** The kind a file name's extension says, if it is one of ours. */
  public static Optional<ModelKind> ofFileName(String fileName) {
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    for (ModelKind kind : values()) {
      if (lower.endsWith(kind.extension)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** For message keys and CSS classes: {@code bpmn}, {@code dmn}, {@code form}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
