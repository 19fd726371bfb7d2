package org.tongxing.engine.model.executable;

import java.util.Map;
import org.tongxing.engine.record.BpmnElementType;

/** An element of a deployed process, transformed once from the BPMN model for execution. */
public class ExecutableFlowElement {

  private final String id;
  private final String name;
  private final BpmnElementType elementType;
  private ExecutableFlowElementContainer flowScope;
  private Map<String, String> properties = Map.of();

  public ExecutableFlowElement(String id, String name, BpmnElementType elementType) {
    this.id = id;
    this.name = name;
    this.elementType = elementType;
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public BpmnElementType getElementType() {
    return elementType;
  }

  /** The process or sub-process that contains this element; null for the process itself. */
  public ExecutableFlowElementContainer getFlowScope() {
    return flowScope;
  }

  public void setFlowScope(ExecutableFlowElementContainer flowScope) {
    this.flowScope = flowScope;
  }

  /** {@code zeebe:properties}, e.g. {@code policyClause}. */
  public Map<String, String> getProperties() {
    return properties;
  }

  public void setProperties(Map<String, String> properties) {
    this.properties = Map.copyOf(properties);
  }

  @Override
  public String toString() {
    return elementType + " '" + id + "'";
  }
}
