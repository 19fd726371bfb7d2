package org.tongxing.engine.state.mutable;

import org.tongxing.engine.record.FormRecord;
import org.tongxing.engine.state.immutable.FormState;
import org.tongxing.engine.state.tx.TxMap;
import org.tongxing.engine.state.tx.UndoLog;

/** Deployed forms by key and the latest version of each form id. */
public final class MutableFormState implements FormState {

  private final TxMap<Long, FormRecord> byKey;
  private final TxMap<String, Long> latestById;

  MutableFormState(UndoLog undoLog) {
    byKey = new TxMap<>(undoLog);
    latestById = new TxMap<>(undoLog);
  }

  public void put(FormRecord form) {
    byKey.put(form.formKey(), form);
    FormRecord latest = getLatest(form.formId());
    if (latest == null || latest.version() < form.version()) {
      latestById.put(form.formId(), form.formKey());
    }
  }

  @Override
  public FormRecord getByKey(long formKey) {
    return byKey.get(formKey);
  }

  @Override
  public FormRecord getLatest(String formId) {
    Long key = latestById.get(formId);
    return key == null ? null : byKey.get(key);
  }

  public java.util.List<FormRecord> snapshot() {
    return byKey.values().stream()
        .sorted(java.util.Comparator.comparingLong(FormRecord::formKey))
        .toList();
  }
}
