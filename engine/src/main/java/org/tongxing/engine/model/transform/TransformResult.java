package org.tongxing.engine.model.transform;

import java.util.List;
import org.tongxing.engine.model.executable.ExecutableProcess;

/**
 * The processes of one BPMN resource, or what is wrong with it.
 *
 * @param processes the executable processes; empty when there are problems
 * @param problems one message per problem, each naming the element and why
 */
public record TransformResult(List<ExecutableProcess> processes, List<String> problems) {

  public boolean isValid() {
    return problems.isEmpty();
  }
}
