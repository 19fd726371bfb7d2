package org.tongxing.engine.processing.variable;

import org.tongxing.engine.api.EngineCommand.SetVariables;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.behavior.VariableBehavior;
import org.tongxing.engine.state.immutable.ElementInstance;

/** Sets variables on an active process or element instance (e.g. to fix an incident's cause). */
public final class SetVariablesProcessor implements CommandProcessor<SetVariables> {

  private final VariableBehavior variables;

  public SetVariablesProcessor(VariableBehavior variables) {
    this.variables = variables;
  }

  @Override
  public void process(SetVariables command, ProcessingContext context) {
    ElementInstance scope = context.state().elementInstances().get(command.scopeKey());
    if (scope == null) {
      throw context.reject(RejectionType.NOT_FOUND,
          "Expected to set variables on element instance '" + command.scopeKey()
              + "', but no such active process or element instance was found");
    }
    if (command.local()) {
      variables.mergeLocal(scope.key(), command.variables(), scope.value(), context);
    } else {
      variables.mergePropagating(scope.key(), command.variables(), scope.value(), context);
    }
    context.respond(scope.key());
  }
}
