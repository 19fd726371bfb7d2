package org.tongxing.engine.processing.bpmn.behavior;

import org.tongxing.engine.feel.ExpressionLanguage;

/** The shared behaviours element processors are composed of. */
public final class BpmnBehaviors {

  private final BpmnStateTransitionBehavior stateTransitions = new BpmnStateTransitionBehavior();
  private final VariableBehavior variables = new VariableBehavior();
  private final IncidentBehavior incidents = new IncidentBehavior();
  private final TerminationBehavior termination = new TerminationBehavior();
  private final ExpressionBehavior expressions;
  private final VariableMappingBehavior variableMappings;
  private final JobBehavior jobs;
  private final UserTaskBehavior userTasks;

  public BpmnBehaviors(ExpressionLanguage expressionLanguage) {
    expressions = new ExpressionBehavior(expressionLanguage);
    variableMappings = new VariableMappingBehavior(expressions, variables, incidents);
    jobs = new JobBehavior(expressions, incidents);
    userTasks = new UserTaskBehavior(expressions, incidents);
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

  public UserTaskBehavior userTasks() {
    return userTasks;
  }
}
