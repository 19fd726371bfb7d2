package org.tongxing.engine.processing.bpmn.behavior;

import org.tongxing.engine.model.executable.EventDefinition;
import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.model.executable.ExecutableProcess;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;

/**
 * What follows when a process instance ends (completed or canceled): a message start event may
 * start the next instance for a correlation key whose instance just ended, from the buffer.
 */
public final class ProcessEndBehavior {

  public void onEnded(ExecutableProcess process, ProcessingContext context) {
    boolean startsByMessage =
        process.getStartEvents().stream()
            .anyMatch(
                start ->
                    start instanceof ExecutableCatchEvent event
                        && event.getDefinition() instanceof EventDefinition.Message);
    if (startsByMessage) {
      context.followUp(new InternalCommand.CorrelateBufferedStartMessages(process.getId()));
    }
  }
}
