package org.tongxing.engine.processing.bpmn.behavior;

import org.tongxing.engine.feel.ExpressionLanguage;

/** The shared behaviours element processors are composed of. */
public final class BpmnBehaviors {

  private final BpmnStateTransitionBehavior stateTransitions;
  private final VariableBehavior variables = new VariableBehavior();
  private final IncidentBehavior incidents = new IncidentBehavior();
  private final TerminationBehavior termination;
  private final ProcessEndBehavior processEnd = new ProcessEndBehavior();
  private final ErrorEventBehavior errorEvents;
  private final MultiInstanceBehavior multiInstance;
  private final DecisionBehavior decisions;
  private final EventSubProcessBehavior eventSubProcesses;
  private final SignalBehavior signals;
  private final CatchEventTriggerBehavior catchEventTriggers;
  private final EscalationBehavior escalations;
  private final ExpressionBehavior expressions;
  private final VariableMappingBehavior variableMappings;
  private final JobBehavior jobs;
  private final ExecutionListenerBehavior executionListeners;
  private final UserTaskBehavior userTasks;
  private final UserTaskTransitionBehavior userTaskTransitions;
  private final EventSubscriptionBehavior eventSubscriptions;

  public BpmnBehaviors(
      ExpressionLanguage expressionLanguage,
      java.time.ZoneId zone,
      org.tongxing.engine.dmn.DecisionEngine decisionEngine) {
    expressions = new ExpressionBehavior(expressionLanguage);
    variableMappings = new VariableMappingBehavior(expressions, variables, incidents);
    eventSubscriptions = new EventSubscriptionBehavior(expressions, incidents, zone);
    multiInstance = new MultiInstanceBehavior(expressions, variables, incidents);
    jobs = new JobBehavior(expressions, incidents);
    executionListeners = new ExecutionListenerBehavior(jobs, variables);
    stateTransitions =
        new BpmnStateTransitionBehavior(eventSubscriptions, multiInstance, executionListeners);
    userTaskTransitions =
        new UserTaskTransitionBehavior(
            new TaskListenerBehavior(jobs), stateTransitions, variableMappings, variables);
    termination = new TerminationBehavior(eventSubscriptions, userTaskTransitions, processEnd);
    eventSubProcesses = new EventSubProcessBehavior(termination, eventSubscriptions);
    errorEvents = new ErrorEventBehavior(termination, eventSubProcesses);
    catchEventTriggers = new CatchEventTriggerBehavior(stateTransitions, variableMappings);
    signals = new SignalBehavior(termination, eventSubProcesses, catchEventTriggers);
    escalations = new EscalationBehavior(termination, eventSubProcesses);
    decisions = new DecisionBehavior(decisionEngine);
    userTasks = new UserTaskBehavior(expressions, incidents, userTaskTransitions);
  }

  public BpmnStateTransitionBehavior stateTransitions() {
    return stateTransitions;
  }

  public VariableBehavior variables() {
    return variables;
  }

  public IncidentBehavior incidents() {
    return incidents;
  }

  public EventSubscriptionBehavior eventSubscriptions() {
    return eventSubscriptions;
  }

  public CatchEventTriggerBehavior catchEventTriggers() {
    return catchEventTriggers;
  }

  public SignalBehavior signals() {
    return signals;
  }

  public EscalationBehavior escalations() {
    return escalations;
  }

  public EventSubProcessBehavior eventSubProcesses() {
    return eventSubProcesses;
  }

  public DecisionBehavior decisions() {
    return decisions;
  }

  public MultiInstanceBehavior multiInstance() {
    return multiInstance;
  }

  public ErrorEventBehavior errorEvents() {
    return errorEvents;
  }

  public ProcessEndBehavior processEnd() {
    return processEnd;
  }

  public TerminationBehavior termination() {
    return termination;
  }

  public ExpressionBehavior expressions() {
    return expressions;
  }

  public VariableMappingBehavior variableMappings() {
    return variableMappings;
  }

  public JobBehavior jobs() {
    return jobs;
  }

  public ExecutionListenerBehavior executionListeners() {
    return executionListeners;
  }

  public UserTaskBehavior userTasks() {
    return userTasks;
  }

  public UserTaskTransitionBehavior userTaskTransitions() {
    return userTaskTransitions;
  }
}
