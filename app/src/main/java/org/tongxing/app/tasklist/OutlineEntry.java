package org.tongxing.app.tasklist;

import java.util.List;
import org.tongxing.app.process.ProcessStep;

/**
 * One step of the text outline of the process, for those who cannot see the diagram: what it is,
 * where the case stands with it, who does it, and where a decision leads.
 *
 * @param state {@code completed}, {@code active} or {@code ahead}
 */
public record OutlineEntry(ProcessStep step, String state, boolean current) {

  public List<ProcessStep.Choice> choices() {
    return step.choices();
  }
}
