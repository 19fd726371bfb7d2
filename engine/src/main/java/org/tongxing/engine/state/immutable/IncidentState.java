package org.tongxing.engine.state.immutable;

import org.tongxing.engine.record.IncidentRecord;

/** Read access to open incidents. */
public interface IncidentState {

  IncidentRecord get(long incidentKey);

  /** The key of the open incident of a job, or -1. */
  long getJobIncidentKey(long jobKey);

  /** The keys of the open incidents of an element instance that are not about a job. */
  java.util.List<Long> getElementIncidentKeys(long elementInstanceKey);
}
