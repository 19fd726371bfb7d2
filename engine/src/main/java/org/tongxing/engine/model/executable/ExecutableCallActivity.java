package org.tongxing.engine.model.executable;

import org.tongxing.engine.feel.Expression;
import org.tongxing.engine.record.BpmnElementType;

/**
 * A call activity ({@code zeebe:calledElement}): starts an instance of another process and waits
 * for it.
 *
 * @see #isPropagateAllChildVariables() all of the child's variables come back (else only the output
 *     mappings')
 * @see #isPropagateAllParentVariables() all visible variables go to the child (else only the input
 *     mappings')
 */
public final class ExecutableCallActivity extends ExecutableFlowNode {

  private final Expression processId;
  private final boolean propagateAllChildVariables;
  private final boolean propagateAllParentVariables;

  public ExecutableCallActivity(
      String id,
      String name,
      Expression processId,
      boolean propagateAllChildVariables,
      boolean propagateAllParentVariables) {
    super(id, name, BpmnElementType.CALL_ACTIVITY);
    this.processId = processId;
    this.propagateAllChildVariables = propagateAllChildVariables;
    this.propagateAllParentVariables = propagateAllParentVariables;
  }

  public Expression getProcessId() {
    return processId;
  }

  public boolean isPropagateAllChildVariables() {
    return propagateAllChildVariables;
  }

  public boolean isPropagateAllParentVariables() {
    return propagateAllParentVariables;
  }
}
