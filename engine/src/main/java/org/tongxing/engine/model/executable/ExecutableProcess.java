package org.tongxing.engine.model.executable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tongxing.engine.record.BpmnElementType;

/** A deployed process ready to run: every element by id. */
public final class ExecutableProcess extends ExecutableFlowElementContainer {

  private final Map<String, ExecutableFlowElement> elements = new LinkedHashMap<>();

  public ExecutableProcess(String id, String name) {
    super(id, name, BpmnElementType.PROCESS);
    elements.put(id, this);
  }

  private Boolean hasInclusiveJoins;

  /** Does the process have inclusive joins, whose waiting tokens need checking as it moves? */
  public boolean hasInclusiveJoins() {
    if (hasInclusiveJoins == null) {
      hasInclusiveJoins =
          elements.values().stream()
              .anyMatch(e -> e instanceof ExecutableFlowNode node && node.isInclusiveJoin());
    }
    return hasInclusiveJoins;
  }

  public void addElement(ExecutableFlowElement element) {
    elements.put(element.getId(), element);
  }

  /** The element with the id, or null. */
  public ExecutableFlowElement getElement(String id) {
    return elements.get(id);
  }

  /**
   * The element an element instance runs: for a multi-instance activity, the body for the body's
   * instance and the inner activity for the inner instances (they share the element id).
   */
  public ExecutableFlowNode getFlowNode(String id, BpmnElementType instanceType) {
    ExecutableFlowElement element = elements.get(id);
    if (element instanceof ExecutableMultiInstanceBody body
        && instanceType != BpmnElementType.MULTI_INSTANCE_BODY) {
      return body.getInnerActivity();
    }
    return (ExecutableFlowNode) element;
  }

  public Map<String, ExecutableFlowElement> getElements() {
    return Collections.unmodifiableMap(elements);
  }
}
