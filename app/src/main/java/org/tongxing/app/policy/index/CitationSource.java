package org.tongxing.app.policy.index;

/**
 * Where a citation was read: a deployed version (through the client, or the app's record of a
 * deployed form) or a file of the repository. {@code href} opens the element there.
 */
public record CitationSource(Type type, Integer version, String path, String href) {

  public enum Type {
    DEPLOYED,
    REPOSITORY
  }

  public boolean deployed() {
    return type == Type.DEPLOYED;
  }
}
