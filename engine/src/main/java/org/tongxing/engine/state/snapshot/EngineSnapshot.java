package org.tongxing.engine.state.snapshot;

import java.util.List;
import org.tongxing.engine.record.DecisionRecord;
import org.tongxing.engine.record.DecisionRequirementsRecord;
import org.tongxing.engine.record.FormRecord;
import org.tongxing.engine.record.IncidentRecord;
import org.tongxing.engine.record.ProcessRecord;
import org.tongxing.engine.record.SignalSubscriptionRecord;
import org.tongxing.engine.record.TimerRecord;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.state.immutable.JobState;
import org.tongxing.engine.state.immutable.UserTaskState;
import org.tongxing.engine.state.mutable.MutableElementInstanceState;
import org.tongxing.engine.state.mutable.MutableMessageState;
import org.tongxing.engine.state.mutable.MutableMessageSubscriptionState;
import org.tongxing.engine.state.mutable.MutableVariableState;

/**
 * The whole engine state at a log position: restoring it and replaying the log after that position
 * gives the state that replaying the whole log gives. Deployed processes and decisions are kept as
 * their records and transformed again on restore.
 *
 * @param position the last log position whose effects it holds
 * @param userTaskTransitions null in snapshots taken before task listeners
 */
public record EngineSnapshot(
    long position,
    long nextKey,
    long pinnedClock,
    List<ProcessRecord> processes,
    List<FormRecord> forms,
    List<DecisionRequirementsRecord> decisionRequirements,
    List<DecisionRecord> decisions,
    MutableElementInstanceState.Snapshot elementInstances,
    MutableVariableState.Snapshot variables,
    List<JobState.Job> jobs,
    List<UserTaskRecord> userTasks,
    List<Keyed<IncidentRecord>> incidents,
    List<Keyed<TimerRecord>> timers,
    MutableMessageState.Snapshot messages,
    MutableMessageSubscriptionState.Snapshot messageSubscriptions,
    List<Keyed<SignalSubscriptionRecord>> signalSubscriptions,
    List<UserTaskState.Transition> userTaskTransitions) {}
