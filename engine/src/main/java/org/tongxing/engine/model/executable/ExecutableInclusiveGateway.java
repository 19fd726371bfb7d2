package org.tongxing.engine.model.executable;

import java.util.Map;
import java.util.Set;
import org.tongxing.engine.record.BpmnElementType;

/**
 * An inclusive gateway. As a fork it takes every flow whose condition holds (else the default); as
 * a join it waits only for the tokens that can still arrive: for each incoming flow, the elements
 * from which a token can reach it are known from the model.
 */
public final class ExecutableInclusiveGateway extends ExecutableFlowNode {

  private ExecutableSequenceFlow defaultFlow;
  private Map<String, Set<String>> upstreamOfIncoming = Map.of();

  public ExecutableInclusiveGateway(String id, String name) {
    super(id, name, BpmnElementType.INCLUSIVE_GATEWAY);
  }

  public ExecutableSequenceFlow getDefaultFlow() {
    return defaultFlow;
  }

  public void setDefaultFlow(ExecutableSequenceFlow defaultFlow) {
    this.defaultFlow = defaultFlow;
  }

  /** Incoming flow id → ids of the elements from which a token can still reach that flow. */
  public Map<String, Set<String>> getUpstreamOfIncoming() {
    return upstreamOfIncoming;
  }

  public void setUpstreamOfIncoming(Map<String, Set<String>> upstreamOfIncoming) {
    this.upstreamOfIncoming = Map.copyOf(upstreamOfIncoming);
  }
}
