package org.tongxing.engine.processing.bpmn;

import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.processing.ProcessingContext;

/**
 * The behaviour of one BPMN element type over its lifecycle.
 *
 * <p>Lifecycle: ACTIVATING → ACTIVATED → COMPLETING → COMPLETED, or → TERMINATING → TERMINATED. The
 * element instance is already ACTIVATING when {@link #onActivate} is called.
 */
public interface BpmnElementProcessor<T extends ExecutableFlowNode> {

  Class<T> elementClass();

  /**
   * The element was entered, its input mappings are applied and its start execution listeners have
   * run. Possible actions: open what the element waits for (a job, a user task), or complete it at
   * once.
   */
  void onActivate(T element, BpmnElementContext instance, ProcessingContext context);

  /**
   * What the element waited for happened (or it does not wait). Next step: output mappings,
   * COMPLETED, and the outgoing sequence flows.
   */
  void onComplete(T element, BpmnElementContext instance, ProcessingContext context);

  /**
   * A child of this element (a container) ended; containers complete when nothing is left in them.
   * Other elements have no children.
   */
  default void onChildCompleted(
      T element, BpmnElementContext instance, ProcessingContext context) {}

  /**
   * A child of this container ended a termination that waited for canceling listeners, and no
   * interrupting event waited for it. By default the container goes on as when a path ends: it
   * completes when nothing is left in it.
   */
  default void onChildTerminated(
      T element, BpmnElementContext instance, ProcessingContext context) {
    onChildCompleted(element, instance, context);
  }
}
