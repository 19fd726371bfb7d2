package org.tongxing.engine.record;

/**
 * What a job is for: the work of a BPMN element, an execution listener of one, or a task listener
 * of a user task.
 */
public enum JobKind {
  BPMN_ELEMENT,
  EXECUTION_LISTENER,
  TASK_LISTENER
}
