package org.tongxing.engine.model.executable;

import org.tongxing.engine.record.BpmnElementType;

/** A start event; the first cut knows none start events only. */
public final class ExecutableStartEvent extends ExecutableFlowNode {

  private final boolean none;
  private String formId;

  public ExecutableStartEvent(String id, String name, boolean none) {
    super(id, name, BpmnElementType.START_EVENT);
    this.none = none;
  }

  public boolean isNone() {
    return none;
  }

  /** The start form's id ({@code zeebe:formDefinition formId}), or null. */
  public String getFormId() {
    return formId;
  }

  public void setFormId(String formId) {
    this.formId = formId;
  }
}
