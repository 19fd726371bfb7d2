package org.tongxing.engine.model.executable;

import java.util.ArrayList;
import java.util.List;
import org.tongxing.engine.record.BpmnElementType;

/** A process or sub-process: an element that contains other elements and start events. */
public class ExecutableFlowElementContainer extends ExecutableFlowNode {

  private final List<ExecutableFlowNode> startEvents = new ArrayList<>();
  private final List<ExecutableFlowElementContainer> eventSubProcesses = new ArrayList<>();

  public ExecutableFlowElementContainer(String id, String name, BpmnElementType elementType) {
    super(id, name, elementType);
  }

  public List<ExecutableFlowNode> getStartEvents() {
    return startEvents;
  }

  /** The event sub-processes of this scope: not in its flow, started by their start event. */
  public List<ExecutableFlowElementContainer> getEventSubProcesses() {
    return eventSubProcesses;
  }

  /** An event sub-process's start event (the one with an event definition). */
  public ExecutableCatchEvent getEventStartEvent() {
    return startEvents.stream()
        .filter(ExecutableCatchEvent.class::isInstance)
        .map(ExecutableCatchEvent.class::cast)
        .filter(event -> !event.isNone())
        .findFirst()
        .orElse(null);
  }

  /** The start event without an event definition, or null when the container has none. */
  public ExecutableFlowNode getNoneStartEvent() {
    return startEvents.stream()
        .filter(ExecutableCatchEvent.class::isInstance)
        .map(ExecutableCatchEvent.class::cast)
        .filter(ExecutableCatchEvent::isNone)
        .findFirst()
        .orElse(null);
  }
}
