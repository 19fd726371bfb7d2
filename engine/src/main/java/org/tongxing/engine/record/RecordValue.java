package org.tongxing.engine.record;

/** The immutable payload of a {@link Record}. */
public sealed interface RecordValue
    permits DeploymentRecord,
        ProcessRecord,
        FormRecord,
        ProcessInstanceRecord,
        JobRecord,
        UserTaskRecord,
        VariableRecord,
        IncidentRecord,
        ClockRecord,
        TimerRecord,
        MessageRecord,
        MessageSubscriptionRecord,
        MessageStartEventSubscriptionRecord,
        DecisionRequirementsRecord,
        DecisionRecord,
        DecisionEvaluationRecord,
        SignalRecord,
        SignalSubscriptionRecord,
        ProcessEventRecord,
        VariableDocumentRecord {}
