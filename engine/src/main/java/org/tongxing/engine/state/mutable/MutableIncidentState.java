package org.tongxing.engine.state.mutable;

import org.tongxing.engine.record.IncidentRecord;
import org.tongxing.engine.state.immutable.IncidentState;
import org.tongxing.engine.state.tx.TxMap;
import org.tongxing.engine.state.tx.UndoLog;

/** Open incidents, and the incident of each failed job. */
public final class MutableIncidentState implements IncidentState {

  private final TxMap<Long, IncidentRecord> incidents;
  private final TxMap<Long, Long> byJob;

  MutableIncidentState(UndoLog undoLog) {
    incidents = new TxMap<>(undoLog);
    byJob = new TxMap<>(undoLog);
  }

  public void create(long key, IncidentRecord incident) {
    incidents.put(key, incident);
    if (incident.jobKey() >= 0) {
      byJob.put(incident.jobKey(), key);
    }
  }

  public void resolve(long key) {
    IncidentRecord incident = incidents.remove(key);
    if (incident != null && incident.jobKey() >= 0) {
      byJob.remove(incident.jobKey());
    }
  }

  @Override
  public IncidentRecord get(long incidentKey) {
    return incidents.get(incidentKey);
  }

  @Override
  public long getJobIncidentKey(long jobKey) {
    Long key = byJob.get(jobKey);
    return key == null ? -1 : key;
  }
}
