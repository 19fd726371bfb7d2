package org.tongxing.engine.model.executable;

import java.util.ArrayList;
import java.util.List;
import org.tongxing.engine.record.BpmnElementType;

/** A node that tokens pass through: event, task, gateway or container. */
public class ExecutableFlowNode extends ExecutableFlowElement {

  private final List<ExecutableSequenceFlow> incoming = new ArrayList<>();
  private final List<ExecutableSequenceFlow> outgoing = new ArrayList<>();
  private final List<ExecutableCatchEvent> boundaryEvents = new ArrayList<>();
  private List<VariableMapping> inputMappings = List.of();
  private List<VariableMapping> outputMappings = List.of();
  private List<ExecutionListener> startListeners = List.of();
  private List<ExecutionListener> endListeners = List.of();

  public ExecutableFlowNode(String id, String name, BpmnElementType elementType) {
    super(id, name, elementType);
  }

  public List<ExecutableSequenceFlow> getIncoming() {
    return incoming;
  }

  public List<ExecutableSequenceFlow> getOutgoing() {
    return outgoing;
  }

  /** The boundary events attached to this activity. */
  public List<ExecutableCatchEvent> getBoundaryEvents() {
    return boundaryEvents;
  }

  /**
   * A parallel gateway with several incoming flows waits for a token on each of them before it
   * activates (it joins).
   */
  public boolean isParallelJoin() {
    return getElementType() == BpmnElementType.PARALLEL_GATEWAY && incoming.size() > 1;
  }

  /** An inclusive gateway with several incoming flows waits for the tokens that can arrive. */
  public boolean isInclusiveJoin() {
    return getElementType() == BpmnElementType.INCLUSIVE_GATEWAY && incoming.size() > 1;
  }

  /** A gateway where tokens wait for each other. */
  public boolean isJoin() {
    return isParallelJoin() || isInclusiveJoin();
  }

  public List<VariableMapping> getInputMappings() {
    return inputMappings;
  }

  public void setInputMappings(List<VariableMapping> inputMappings) {
    this.inputMappings = List.copyOf(inputMappings);
  }

  public List<VariableMapping> getOutputMappings() {
    return outputMappings;
  }

  public void setOutputMappings(List<VariableMapping> outputMappings) {
    this.outputMappings = List.copyOf(outputMappings);
  }

  /** Execution listeners that run, one after the other, before the element does its work. */
  public List<ExecutionListener> getStartListeners() {
    return startListeners;
  }

  public void setStartListeners(List<ExecutionListener> startListeners) {
    this.startListeners = List.copyOf(startListeners);
  }

  /** Execution listeners that run, one after the other, before the element completes. */
  public List<ExecutionListener> getEndListeners() {
    return endListeners;
  }

  public void setEndListeners(List<ExecutionListener> endListeners) {
    this.endListeners = List.copyOf(endListeners);
  }
}
