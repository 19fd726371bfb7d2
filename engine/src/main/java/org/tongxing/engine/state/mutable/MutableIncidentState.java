package org.tongxing.engine.state.mutable;

import org.tongxing.engine.record.IncidentRecord;
import org.tongxing.engine.state.immutable.IncidentState;
import org.tongxing.engine.state.tx.TxMap;
import org.tongxing.engine.state.tx.UndoLog;

/** Open incidents, and the incident of each failed job. */
public final class MutableIncidentState implements IncidentState {

  private final TxMap<Long, IncidentRecord> incidents;
  private final TxMap<Long, Long> byJob;
  private final TxMap<Long, Long> byElementInstance;

  MutableIncidentState(UndoLog undoLog) {
    incidents = new TxMap<>(undoLog);
    byJob = new TxMap<>(undoLog);
    byElementInstance = new TxMap<>(undoLog);
  }

  public void create(long key, IncidentRecord incident) {
    incidents.put(key, incident);
    if (incident.jobKey() >= 0) {
      byJob.put(incident.jobKey(), key);
    } else {
      // an element has at most one open element incident: it stops at the first problem
      byElementInstance.put(incident.elementInstanceKey(), key);
    }
  }

  public void resolve(long key) {
    IncidentRecord incident = incidents.remove(key);
    if (incident == null) {
      return;
    }
    if (incident.jobKey() >= 0) {
      byJob.remove(incident.jobKey());
    } else {
      byElementInstance.remove(incident.elementInstanceKey());
    }
  }

  @Override
  public java.util.List<Long> getElementIncidentKeys(long elementInstanceKey) {
    Long key = byElementInstance.get(elementInstanceKey);
    return key == null ? java.util.List.of() : java.util.List.of(key);
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

  public java.util.List<org.tongxing.engine.state.snapshot.Keyed<IncidentRecord>> snapshot() {
    return org.tongxing.engine.state.snapshot.Keyed.inKeyOrder(incidents.asMap());
  }

  public void restore(
      java.util.List<org.tongxing.engine.state.snapshot.Keyed<IncidentRecord>> snapshot) {
    snapshot.forEach(incident -> create(incident.key(), incident.value()));
  }
}
