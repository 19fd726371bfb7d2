package org.tongxing.engine.state.appliers;

import java.nio.charset.StandardCharsets;
import org.tongxing.engine.model.executable.ExecutableProcess;
import org.tongxing.engine.model.transform.BpmnTransformer;
import org.tongxing.engine.model.transform.TransformResult;
import org.tongxing.engine.record.ProcessRecord;
import org.tongxing.engine.state.immutable.DeployedProcess;
import org.tongxing.engine.state.mutable.EngineState;

/** Stores a deployed process with its executable form, transformed from the XML in the record. */
final class ProcessCreatedApplier implements EventApplier<ProcessRecord> {

  private final EngineState state;
  private final BpmnTransformer transformer;

  ProcessCreatedApplier(EngineState state, BpmnTransformer transformer) {
    this.state = state;
    this.transformer = transformer;
  }

  @Override
  public void apply(long key, ProcessRecord value) {
    TransformResult result =
        transformer.transform(value.resource().getBytes(StandardCharsets.UTF_8));
    ExecutableProcess executable =
        result.processes().stream()
            .filter(p -> p.getId().equals(value.bpmnProcessId()))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Expected the deployed resource '"
                            + value.resourceName()
                            + "' to contain process '"
                            + value.bpmnProcessId()
                            + "', but "
                            + result.problems()));
    state.processes().put(new DeployedProcess(value, executable));
  }
}
