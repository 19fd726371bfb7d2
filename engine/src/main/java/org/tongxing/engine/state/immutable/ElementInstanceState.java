package org.tongxing.engine.state.immutable;

/** Read access to active element instances. */
public interface ElementInstanceState {

  /** The element instance, or null when it does not exist (any more). */
  ElementInstance get(long key);

  /** The keys of the active element instances directly inside this one, oldest first. */
  java.util.List<Long> getChildren(long key);
}
