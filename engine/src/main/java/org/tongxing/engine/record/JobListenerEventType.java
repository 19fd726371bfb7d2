package org.tongxing.engine.record;

/** When an execution listener's job runs; UNSPECIFIED for the jobs of BPMN elements. */
public enum JobListenerEventType {
  UNSPECIFIED,
  START,
  END
}
