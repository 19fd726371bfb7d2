package org.tongxing.engine.processing;

import org.tongxing.engine.state.immutable.DecisionState;
import org.tongxing.engine.state.immutable.ElementInstanceState;
import org.tongxing.engine.state.immutable.FormState;
import org.tongxing.engine.state.immutable.IncidentState;
import org.tongxing.engine.state.immutable.JobState;
import org.tongxing.engine.state.immutable.MessageState;
import org.tongxing.engine.state.immutable.MessageSubscriptionState;
import org.tongxing.engine.state.immutable.ProcessState;
import org.tongxing.engine.state.immutable.SignalSubscriptionState;
import org.tongxing.engine.state.immutable.TimerState;
import org.tongxing.engine.state.immutable.UserTaskState;
import org.tongxing.engine.state.immutable.VariableState;
import org.tongxing.engine.state.mutable.EngineState;

/** What processors may read: the engine state through read-only views. */
public final class StateView {

  private final EngineState state;

  StateView(EngineState state) {
    this.state = state;
  }

  public ProcessState processes() {
    return state.processes();
  }

  public FormState forms() {
    return state.forms();
  }

  public ElementInstanceState elementInstances() {
    return state.elementInstances();
  }

  public VariableState variables() {
    return state.variables();
  }

  public JobState jobs() {
    return state.jobs();
  }

  public UserTaskState userTasks() {
    return state.userTasks();
  }

  public IncidentState incidents() {
    return state.incidents();
  }

  public TimerState timers() {
    return state.timers();
  }

  public SignalSubscriptionState signalSubscriptions() {
    return state.signalSubscriptions();
  }

  public DecisionState decisions() {
    return state.decisions();
  }

  public MessageState messages() {
    return state.messages();
  }

  public MessageSubscriptionState messageSubscriptions() {
    return state.messageSubscriptions();
  }
}
