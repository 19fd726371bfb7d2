package org.tongxing.engine.model.executable;

import org.tongxing.engine.record.BpmnElementType;

/** An event: start, intermediate catch, boundary or end (throw). A none event has no definition. */
public final class ExecutableCatchEvent extends ExecutableFlowNode {

  private final EventDefinition definition;
  private boolean interrupting = true;
  private ExecutableFlowNode attachedTo;
  private String formId;
  private ExecutableCatchEvent linkTarget;
  private final java.util.List<ExecutableCatchEvent> linkSources = new java.util.ArrayList<>();

  public ExecutableCatchEvent(
      String id, String name, BpmnElementType elementType, EventDefinition definition) {
    super(id, name, elementType);
    this.definition = definition;
  }

  /** The event definition, or null for a none event. */
  public EventDefinition getDefinition() {
    return definition;
  }

  public boolean isNone() {
    return definition == null;
  }

  public boolean isTimer() {
    return definition instanceof EventDefinition.Timer;
  }

  public boolean isMessage() {
    return definition instanceof EventDefinition.Message;
  }

  /** For boundary events and event sub-process start events: does the event cancel its scope. */
  public boolean isInterrupting() {
    return interrupting;
  }

  public void setInterrupting(boolean interrupting) {
    this.interrupting = interrupting;
  }

  /** The activity a boundary event is attached to; null for other events. */
  public ExecutableFlowNode getAttachedTo() {
    return attachedTo;
  }

  public void setAttachedTo(ExecutableFlowNode attachedTo) {
    this.attachedTo = attachedTo;
  }

  /** A start event's form id ({@code zeebe:formDefinition formId}), or null. */
  public String getFormId() {
    return formId;
  }

  public void setFormId(String formId) {
    this.formId = formId;
  }

  /** For a throw link event: the catch link event it goes on at; null for other events. */
  public ExecutableCatchEvent getLinkTarget() {
    return linkTarget;
  }

  /** Links a throw link event to its catch link event, in both directions. */
  public void linkTo(ExecutableCatchEvent target) {
    this.linkTarget = target;
    target.linkSources.add(this);
  }

  /** For a catch link event: the throw link events that go on at it. */
  public java.util.List<ExecutableCatchEvent> getLinkSources() {
    return linkSources;
  }

  public boolean isLink() {
    return definition instanceof EventDefinition.Link;
  }
}
