package org.tongxing.engine.record;

/**
 * When a listener's job runs: START or END for an execution listener, one of the user task's
 * lifecycle events for a task listener; UNSPECIFIED for the jobs of BPMN elements.
 */
public enum JobListenerEventType {
  UNSPECIFIED,
  START,
  END,
  CREATING,
  ASSIGNING,
  UPDATING,
  COMPLETING,
  CANCELING
}
