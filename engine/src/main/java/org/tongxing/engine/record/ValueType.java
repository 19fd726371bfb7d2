package org.tongxing.engine.record;

/** What a record is about. Each value type has its own intents and its own value class. */
public enum ValueType {
  DEPLOYMENT(DeploymentIntent.class, DeploymentRecord.class),
  PROCESS(ProcessIntent.class, ProcessRecord.class),
  FORM(FormIntent.class, FormRecord.class),
  PROCESS_INSTANCE(ProcessInstanceIntent.class, ProcessInstanceRecord.class),
  JOB(JobIntent.class, JobRecord.class),
  USER_TASK(UserTaskIntent.class, UserTaskRecord.class),
  VARIABLE(VariableIntent.class, VariableRecord.class),
  INCIDENT(IncidentIntent.class, IncidentRecord.class),
  CLOCK(ClockIntent.class, ClockRecord.class),
  TIMER(TimerIntent.class, TimerRecord.class),
  MESSAGE(MessageIntent.class, MessageRecord.class),
  MESSAGE_SUBSCRIPTION(MessageSubscriptionIntent.class, MessageSubscriptionRecord.class),
  MESSAGE_START_EVENT_SUBSCRIPTION(
      MessageStartEventSubscriptionIntent.class, MessageStartEventSubscriptionRecord.class),
  DECISION_REQUIREMENTS(DecisionRequirementsIntent.class, DecisionRequirementsRecord.class),
  DECISION(DecisionIntent.class, DecisionRecord.class),
  DECISION_EVALUATION(DecisionEvaluationIntent.class, DecisionEvaluationRecord.class),
  SIGNAL(SignalIntent.class, SignalRecord.class),
  SIGNAL_SUBSCRIPTION(SignalSubscriptionIntent.class, SignalSubscriptionRecord.class),
  PROCESS_EVENT(ProcessEventIntent.class, ProcessEventRecord.class),
  VARIABLE_DOCUMENT(VariableDocumentIntent.class, VariableDocumentRecord.class);

  private final Class<? extends Enum<? extends Intent>> intentType;
  private final Class<? extends RecordValue> valueClass;

  ValueType(
      Class<? extends Enum<? extends Intent>> intentType, Class<? extends RecordValue> valueClass) {
    this.intentType = intentType;
    this.valueClass = valueClass;
  }

  public Class<? extends RecordValue> valueClass() {
    return valueClass;
  }

  /** Resolves an intent of this value type by its name, as written in the log. */
  public Intent intent(String name) {
    for (Enum<? extends Intent> constant : intentType.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return (Intent) constant;
      }
    }
    throw new IllegalArgumentException(
        "Expected an intent of " + this + ", but got '" + name + "'");
  }
}
