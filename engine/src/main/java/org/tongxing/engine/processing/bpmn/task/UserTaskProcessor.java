package org.tongxing.engine.processing.bpmn.task;

import org.tongxing.engine.model.executable.ExecutableUserTask;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;

/**
 * Camunda user tasks: create the user task and wait for someone to complete it. Its task listeners
 * run while it is created, assigned, updated, completed or canceled ({@link
 * org.tongxing.engine.processing.bpmn.behavior.UserTaskTransitionBehavior}).
 */
public final class UserTaskProcessor implements BpmnElementProcessor<ExecutableUserTask> {

  private final BpmnBehaviors behaviors;

  public UserTaskProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Class<ExecutableUserTask> elementClass() {
    return ExecutableUserTask.class;
  }

  @Override
  public void onActivate(
      ExecutableUserTask element, BpmnElementContext instance, ProcessingContext context) {
    if (!behaviors.eventSubscriptions().subscribe(element, instance, context)) {
      return;
    }
    // activated once the task exists: at once, or after its creating listeners
    behaviors.userTasks().createUserTask(element, instance, context);
  }

  @Override
  public void onComplete(
      ExecutableUserTask element, BpmnElementContext instance, ProcessingContext context) {
    behaviors.stateTransitions().transitionToCompleting(instance, context);
    if (!behaviors.variableMappings().applyOutputMappings(element, instance, context)) {
      return;
    }
    if (!behaviors.stateTransitions().transitionToCompleted(instance, context)) {
      return;
    }
    behaviors.stateTransitions().takeOutgoingSequenceFlows(element, instance, context);
  }
}
