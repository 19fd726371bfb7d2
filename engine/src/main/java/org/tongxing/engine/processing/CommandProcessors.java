package org.tongxing.engine.processing;

import java.util.HashMap;
import java.util.Map;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.dmn.DecisionEngine;
import org.tongxing.engine.feel.ExpressionLanguage;
import org.tongxing.engine.model.transform.BpmnTransformer;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessors;
import org.tongxing.engine.processing.bpmn.BpmnStreamProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.processing.clock.ClockProcessor;
import org.tongxing.engine.processing.decision.EvaluateDecisionProcessor;
import org.tongxing.engine.processing.decision.ListDeployedDecisionsProcessor;
import org.tongxing.engine.processing.deployment.DeploymentProcessor;
import org.tongxing.engine.processing.incident.ResolveIncidentProcessor;
import org.tongxing.engine.processing.instance.CancelProcessInstanceProcessor;
import org.tongxing.engine.processing.instance.CreateProcessInstanceProcessor;
import org.tongxing.engine.processing.instance.ModifyProcessInstanceProcessor;
import org.tongxing.engine.processing.job.ActivateJobsProcessor;
import org.tongxing.engine.processing.job.CompleteJobProcessor;
import org.tongxing.engine.processing.job.FailJobProcessor;
import org.tongxing.engine.processing.job.JobDueDatesProcessor;
import org.tongxing.engine.processing.job.ThrowJobErrorProcessor;
import org.tongxing.engine.processing.job.UpdateJobProcessor;
import org.tongxing.engine.processing.job.YieldJobsProcessor;
import org.tongxing.engine.processing.message.BufferedMessagesProcessor;
import org.tongxing.engine.processing.message.MessageCorrelationBehavior;
import org.tongxing.engine.processing.message.PublishMessageProcessor;
import org.tongxing.engine.processing.timer.TriggerTimerProcessor;
import org.tongxing.engine.processing.usertask.AssignUserTaskProcessor;
import org.tongxing.engine.processing.usertask.CompleteUserTaskProcessor;
import org.tongxing.engine.processing.variable.SetVariablesProcessor;

/** The one place that ties each command type to its processor. */
final class CommandProcessors {

  private final Map<Class<?>, CommandProcessor<Object>> processors = new HashMap<>();

  CommandProcessors(
      ExpressionLanguage expressionLanguage,
      BpmnTransformer transformer,
      DecisionEngine decisions,
      java.time.ZoneId zone) {
    BpmnBehaviors behaviors = new BpmnBehaviors(expressionLanguage, zone, decisions);
    BpmnStreamProcessor bpmn =
        new BpmnStreamProcessor(new BpmnElementProcessors(behaviors), behaviors);
    ClockProcessor clock = new ClockProcessor();
    AssignUserTaskProcessor assignment =
        new AssignUserTaskProcessor(behaviors.userTaskTransitions());

    register(
        EngineCommand.Deploy.class,
        new DeploymentProcessor(transformer, decisions, behaviors.eventSubscriptions()));
    register(
        EngineCommand.EvaluateDecision.class, new EvaluateDecisionProcessor(behaviors.decisions()));
    register(EngineCommand.ListDeployedDecisions.class, new ListDeployedDecisionsProcessor());
    register(
        EngineCommand.CreateProcessInstance.class,
        new CreateProcessInstanceProcessor(behaviors.variables()));
    register(
        EngineCommand.CancelProcessInstance.class,
        new CancelProcessInstanceProcessor(behaviors.termination(), behaviors.processEnd()));
    register(
        EngineCommand.ModifyProcessInstance.class, new ModifyProcessInstanceProcessor(behaviors));
    register(EngineCommand.ActivateJobs.class, new ActivateJobsProcessor());
    register(
        EngineCommand.CompleteJob.class,
        new CompleteJobProcessor(
            behaviors.variableMappings(),
            behaviors.executionListeners(),
            behaviors.userTaskTransitions()));
    register(
        EngineCommand.FailJob.class,
        new FailJobProcessor(behaviors.variables(), behaviors.incidents()));
    register(
        EngineCommand.ThrowJobError.class,
        new ThrowJobErrorProcessor(behaviors.incidents(), behaviors.errorEvents()));
    register(EngineCommand.UpdateJob.class, new UpdateJobProcessor());
    register(EngineCommand.YieldJobs.class, new YieldJobsProcessor());
    register(EngineCommand.AssignUserTask.class, assignment::assign);
    register(EngineCommand.UnassignUserTask.class, assignment::unassign);
    register(EngineCommand.UpdateUserTask.class, assignment::update);
    register(
        EngineCommand.CompleteUserTask.class,
        new CompleteUserTaskProcessor(behaviors.userTaskTransitions()));
    MessageCorrelationBehavior correlation = new MessageCorrelationBehavior(behaviors);
    PublishMessageProcessor messages = new PublishMessageProcessor(correlation);
    BufferedMessagesProcessor buffer = new BufferedMessagesProcessor(correlation);
    register(EngineCommand.PublishMessage.class, messages::publish);
    register(EngineCommand.CorrelateMessage.class, messages::correlate);
    register(InternalCommand.CorrelateBufferedMessage.class, buffer::correlateToSubscription);
    register(InternalCommand.CorrelateBufferedStartMessages.class, buffer::correlateToStartEvents);
    register(InternalCommand.ExpireMessages.class, buffer::expire);
    register(
        EngineCommand.ResolveIncident.class,
        new ResolveIncidentProcessor(behaviors.eventSubscriptions()));
    register(
        EngineCommand.SetVariables.class,
        new SetVariablesProcessor(behaviors.variables(), behaviors.userTaskTransitions()));
    register(InternalCommand.ResumeElement.class, bpmn::resume);
    register(InternalCommand.CheckInclusiveJoins.class, bpmn::checkInclusiveJoins);
    register(InternalCommand.ActivateTriggeredEvent.class, bpmn::activateTriggered);
    register(
        EngineCommand.BroadcastSignal.class,
        (command, context) -> {
          if (command.signalName() == null || command.signalName().isBlank()) {
            throw context.reject(
                org.tongxing.engine.api.RejectionType.INVALID_ARGUMENT,
                "Expected a signal name, but the name is empty");
          }
          context.respond(
              behaviors.signals().broadcast(command.signalName(), command.variables(), context));
        });
    register(EngineCommand.PinClock.class, clock::pin);
    register(EngineCommand.ResetClock.class, clock::reset);

    register(InternalCommand.ActivateElement.class, bpmn::activate);
    register(InternalCommand.CompleteElement.class, bpmn::complete);
    register(InternalCommand.ChildCompleted.class, bpmn::childCompleted);
    register(InternalCommand.ChildTerminated.class, bpmn::childTerminated);
    register(
        InternalCommand.CompleteTermination.class, behaviors.termination()::completeTermination);
    register(InternalCommand.CheckJobDueDates.class, new JobDueDatesProcessor()::process);
    register(InternalCommand.TriggerTimer.class, new TriggerTimerProcessor(behaviors));
  }

  @SuppressWarnings("unchecked")
  private <C> void register(Class<C> type, CommandProcessor<C> processor) {
    processors.put(type, (CommandProcessor<Object>) processor);
  }

  void process(Object command, ProcessingContext context) {
    CommandProcessor<Object> processor = processors.get(command.getClass());
    if (processor == null) {
      throw new IllegalStateException(
          "Expected a processor for "
              + command.getClass().getSimpleName()
              + ", but none is registered");
    }
    processor.process(command, context);
  }
}
