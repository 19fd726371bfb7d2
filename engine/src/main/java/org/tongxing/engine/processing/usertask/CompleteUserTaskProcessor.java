package org.tongxing.engine.processing.usertask;

import org.tongxing.engine.api.EngineCommand.CompleteUserTask;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.behavior.UserTaskTransitionBehavior;
import org.tongxing.engine.record.UserTaskRecord;

/**
 * Completes a user task with variables; its element then completes and the process moves on. With
 * completing listeners, that happens (and the command is answered) once they ran; one that denies
 * leaves the task open and the command refused with its reason.
 */
public final class CompleteUserTaskProcessor implements CommandProcessor<CompleteUserTask> {

  private final UserTaskTransitionBehavior transitions;

  public CompleteUserTaskProcessor(UserTaskTransitionBehavior transitions) {
    this.transitions = transitions;
  }

  @Override
  public void process(CompleteUserTask command, ProcessingContext context) {
    UserTaskRecord task =
        UserTaskPreconditions.requireOpenTask(command.userTaskKey(), "complete", context);
    boolean listenersRun =
        transitions.complete(
            task,
            command.variables(),
            AssignUserTaskProcessor.blankTo(command.action(), "complete"),
            context);
    AssignUserTaskProcessor.answer(task, listenersRun, context);
  }
}
