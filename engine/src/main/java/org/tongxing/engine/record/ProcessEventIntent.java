package org.tongxing.engine.record;

/**
 * An event that starts an element later: TRIGGERING keeps it until its scope is ready (a process
 * instance waiting for its start execution listeners), TRIGGERED when the element is activated.
 */
public enum ProcessEventIntent implements Intent {
  TRIGGERING,
  TRIGGERED;

  @Override
  public ValueType valueType() {
    return ValueType.PROCESS_EVENT;
  }
}
