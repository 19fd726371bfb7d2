package org.tongxing.engine.state.mutable;

import org.tongxing.engine.state.immutable.DeployedProcess;
import org.tongxing.engine.state.immutable.ProcessState;
import org.tongxing.engine.state.tx.TxMap;
import org.tongxing.engine.state.tx.UndoLog;

/** Deployed processes by key, by id and version, and the latest version of each id. */
public final class MutableProcessState implements ProcessState {

  private final TxMap<Long, DeployedProcess> byKey;
  private final TxMap<String, Long> latestById;
  private final TxMap<String, Long> byIdAndVersion;

  MutableProcessState(UndoLog undoLog) {
    byKey = new TxMap<>(undoLog);
    latestById = new TxMap<>(undoLog);
    byIdAndVersion = new TxMap<>(undoLog);
  }

  public void put(DeployedProcess process) {
    String id = process.record().bpmnProcessId();
    byKey.put(process.key(), process);
    byIdAndVersion.put(versionKey(id, process.record().version()), process.key());
    DeployedProcess latest = getLatest(id);
    if (latest == null || latest.record().version() < process.record().version()) {
      latestById.put(id, process.key());
    }
  }

  @Override
  public DeployedProcess getByKey(long processDefinitionKey) {
    return byKey.get(processDefinitionKey);
  }

  @Override
  public DeployedProcess getLatest(String bpmnProcessId) {
    Long key = latestById.get(bpmnProcessId);
    return key == null ? null : byKey.get(key);
  }

  @Override
  public DeployedProcess getByIdAndVersion(String bpmnProcessId, int version) {
    Long key = byIdAndVersion.get(versionKey(bpmnProcessId, version));
    return key == null ? null : byKey.get(key);
  }

  private static String versionKey(String id, int version) {
    return id + '\u0000' + version;
  }

  /** The deployed processes, oldest first: a snapshot keeps their records only. */
  public java.util.List<org.tongxing.engine.record.ProcessRecord> snapshot() {
    return byKey.values().stream()
        .sorted(java.util.Comparator.comparingLong(DeployedProcess::key))
        .map(DeployedProcess::record)
        .toList();
  }
}
