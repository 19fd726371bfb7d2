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

  public void addElement(ExecutableFlowElement element) {
    elements.put(element.getId(), element);
  }

  /** The element with the id, or null. */
  public ExecutableFlowElement getElement(String id) {
    return elements.get(id);
  }

  public Map<String, ExecutableFlowElement> getElements() {
    return Collections.unmodifiableMap(elements);
  }
}
