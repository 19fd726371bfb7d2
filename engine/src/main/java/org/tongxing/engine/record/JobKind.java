package org.tongxing.engine.record;

/** What a job is for: the work of a BPMN element, or an execution listener of one. */
public enum JobKind {
  BPMN_ELEMENT,
  EXECUTION_LISTENER
}
