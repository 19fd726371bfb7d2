package org.tongxing.engine.state.appliers;

import java.util.HashMap;
import java.util.Map;
import org.tongxing.engine.dmn.DecisionEngine;
import org.tongxing.engine.model.transform.BpmnTransformer;
import org.tongxing.engine.record.ClockIntent;
import org.tongxing.engine.record.ClockRecord;
import org.tongxing.engine.record.DecisionEvaluationIntent;
import org.tongxing.engine.record.DecisionIntent;
import org.tongxing.engine.record.DecisionRecord;
import org.tongxing.engine.record.DecisionRequirementsIntent;
import org.tongxing.engine.record.DecisionRequirementsRecord;
import org.tongxing.engine.record.DeploymentIntent;
import org.tongxing.engine.record.FormIntent;
import org.tongxing.engine.record.FormRecord;
import org.tongxing.engine.record.IncidentIntent;
import org.tongxing.engine.record.IncidentRecord;
import org.tongxing.engine.record.Intent;
import org.tongxing.engine.record.ProcessIntent;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.record.RecordValue;
import org.tongxing.engine.record.SignalIntent;
import org.tongxing.engine.record.SignalSubscriptionIntent;
import org.tongxing.engine.record.SignalSubscriptionRecord;
import org.tongxing.engine.record.TimerIntent;
import org.tongxing.engine.record.TimerRecord;
import org.tongxing.engine.record.VariableDocumentIntent;
import org.tongxing.engine.record.VariableDocumentRecord;
import org.tongxing.engine.record.VariableIntent;
import org.tongxing.engine.record.VariableRecord;
import org.tongxing.engine.state.immutable.DecisionState;
import org.tongxing.engine.state.mutable.EngineState;

/**
 * One applier per intent: the same code changes the state while commands are processed and when the
 * log is replayed after a restart, so both give the same state.
 */
public final class EventAppliers {

  private final EngineState state;
  private final Map<Intent, EventApplier<RecordValue>> appliers = new HashMap<>();

  public EventAppliers(EngineState state, BpmnTransformer transformer, DecisionEngine decisions) {
    this.state = state;
    register(
        DecisionRequirementsIntent.CREATED,
        (key, value) -> {
          var record = (DecisionRequirementsRecord) value;
          state
              .decisions()
              .putRequirements(
                  new DecisionState.DeployedDecisionRequirements(
                      record,
                      decisions.parse(
                          record.resource().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        });
    register(
        DecisionIntent.CREATED,
        (key, value) -> state.decisions().putDecision((DecisionRecord) value));
    register(SignalIntent.BROADCASTED, (key, value) -> {});
    register(
        SignalSubscriptionIntent.CREATED,
        (key, value) -> state.signalSubscriptions().open(key, (SignalSubscriptionRecord) value));
    register(
        SignalSubscriptionIntent.DELETED, (key, value) -> state.signalSubscriptions().close(key));
    register(DecisionEvaluationIntent.EVALUATED, (key, value) -> {});
    register(DecisionEvaluationIntent.FAILED, (key, value) -> {});
    register(DeploymentIntent.CREATED, (key, value) -> {});
    register(ProcessIntent.CREATED, new ProcessCreatedApplier(state, transformer));
    register(FormIntent.CREATED, (key, value) -> state.forms().put((FormRecord) value));
    ProcessInstanceAppliers.register(this, state);
    JobAppliers.register(this, state);
    UserTaskAppliers.register(this, state);
    MessageAppliers.register(this, state);
    EventApplier<VariableRecord> setVariable =
        (key, value) -> state.variables().set(value.scopeKey(), value.name(), key, value.value());
    register(VariableIntent.CREATED, setVariable);
    register(VariableIntent.UPDATED, setVariable);
    register(
        VariableDocumentIntent.UPDATING,
        (key, value) -> state.variables().keepPending((VariableDocumentRecord) value));
    for (VariableDocumentIntent ended :
        new VariableDocumentIntent[] {
          VariableDocumentIntent.UPDATED, VariableDocumentIntent.UPDATE_DENIED
        }) {
      register(
          ended,
          (key, value) ->
              state.variables().dropPending(((VariableDocumentRecord) value).scopeKey()));
    }
    register(
        IncidentIntent.CREATED,
        (key, value) -> state.incidents().create(key, (IncidentRecord) value));
    register(
        IncidentIntent.RESOLVED,
        (key, value) -> {
          state.incidents().resolve(key);
          long jobKey = ((IncidentRecord) value).jobKey();
          var job = jobKey >= 0 ? state.jobs().get(jobKey) : null;
          if (job != null && job.record().retries() > 0) {
            // the job may be worked on again
            state
                .jobs()
                .put(
                    jobKey,
                    job.record().withoutActivation(),
                    org.tongxing.engine.state.immutable.JobState.Status.ACTIVATABLE);
          }
        });
    register(TimerIntent.CREATED, (key, value) -> state.timers().put(key, (TimerRecord) value));
    register(TimerIntent.TRIGGERED, (key, value) -> state.timers().remove(key));
    register(TimerIntent.CANCELED, (key, value) -> state.timers().remove(key));
    register(
        ClockIntent.PINNED, (key, value) -> state.setPinnedClock(((ClockRecord) value).time()));
    register(ClockIntent.RESET, (key, value) -> state.setPinnedClock(-1));
  }

  @SuppressWarnings("unchecked")
  <T extends RecordValue> void register(Intent intent, EventApplier<T> applier) {
    appliers.put(intent, (EventApplier<RecordValue>) applier);
  }

  public void apply(Record record) {
    EventApplier<RecordValue> applier = appliers.get(record.intent());
    if (applier == null) {
      throw new IllegalStateException(
          "Expected an applier for "
              + record.valueType()
              + " "
              + record.intent()
              + ", but none is registered");
    }
    state.keySeen(record.key());
    applier.apply(record.key(), record.value());
  }

  /**
   * Restores an empty state from a snapshot: deployed processes and decisions through their
   * appliers (they are transformed and parsed again), the rest as it was.
   */
  public void restore(org.tongxing.engine.state.snapshot.EngineSnapshot snapshot) {
    EventApplier<RecordValue> processCreated = appliers.get(ProcessIntent.CREATED);
    snapshot
        .processes()
        .forEach(process -> processCreated.apply(process.processDefinitionKey(), process));
    EventApplier<RecordValue> requirementsCreated =
        appliers.get(DecisionRequirementsIntent.CREATED);
    snapshot
        .decisionRequirements()
        .forEach(
            requirements ->
                requirementsCreated.apply(requirements.decisionRequirementsKey(), requirements));
    EventApplier<RecordValue> decisionCreated = appliers.get(DecisionIntent.CREATED);
    snapshot
        .decisions()
        .forEach(decision -> decisionCreated.apply(decision.decisionKey(), decision));
    state.restoreRuntime(snapshot);
  }
}
