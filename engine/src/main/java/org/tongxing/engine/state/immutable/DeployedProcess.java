package org.tongxing.engine.state.immutable;

import org.tongxing.engine.model.executable.ExecutableProcess;
import org.tongxing.engine.record.ProcessRecord;

/** A deployed process version: its record (with the XML) and its executable form. */
public record DeployedProcess(ProcessRecord record, ExecutableProcess executable) {

  public long key() {
    return record.processDefinitionKey();
  }
}
