package org.tongxing.app.modeler.diff;

/** How an element or a file differs between two versions. */
public enum ChangeType {
  ADDED,
  REMOVED,
  CHANGED,
  /** Only where it is drawn changed (BPMN diagram interchange), not what it does. */
  MOVED,
  UNCHANGED;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
