package org.tongxing.engine.processing.incident;

import org.tongxing.engine.api.EngineCommand.ResolveIncident;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.behavior.EventSubscriptionBehavior;
import org.tongxing.engine.processing.bpmn.behavior.UserTaskTransitionBehavior;
import org.tongxing.engine.record.IncidentIntent;
import org.tongxing.engine.record.IncidentRecord;
import org.tongxing.engine.state.immutable.JobState;

/**
 * Resolves an incident once its cause is fixed. A job incident makes the job activatable again, so
 * its retries must have been raised first; an element incident retries the element's stopped step
 * (activation or completion) with the variables as they are now.
 */
public final class ResolveIncidentProcessor implements CommandProcessor<ResolveIncident> {

  private final EventSubscriptionBehavior eventSubscriptions;

  public ResolveIncidentProcessor(EventSubscriptionBehavior eventSubscriptions) {
    this.eventSubscriptions = eventSubscriptions;
  }

  @Override
  public void process(ResolveIncident command, ProcessingContext context) {
    IncidentRecord incident = context.state().incidents().get(command.incidentKey());
    if (incident == null) {
      throw context.reject(
          RejectionType.NOT_FOUND,
          "Expected to resolve incident with key '"
              + command.incidentKey()
              + "', but no such incident was found");
    }
    if (incident.jobKey() >= 0) {
      JobState.Job job = context.state().jobs().get(incident.jobKey());
      if (job != null && job.record().retries() <= 0) {
        throw context.reject(
            RejectionType.INVALID_STATE,
            "Expected to resolve incident with key '"
                + command.incidentKey()
                + "', but job '"
                + job.key()
                + "' has no retries left; update its retries first");
      }
      // the applier makes the job activatable again
      context.appendEvent(command.incidentKey(), IncidentIntent.RESOLVED, incident);
      context.respond(command.incidentKey());
      return;
    }
    context.appendEvent(command.incidentKey(), IncidentIntent.RESOLVED, incident);
    // the stopped step may have opened some subscriptions before it failed: start clean; but a
    // user task's transition stopped after the element's step, its subscriptions stay open
    var instance = context.state().elementInstances().get(incident.elementInstanceKey());
    if (instance != null
        && instance.state() == org.tongxing.engine.record.ProcessInstanceIntent.ELEMENT_ACTIVATING
        && !UserTaskTransitionBehavior.isRunning(instance, context)) {
      eventSubscriptions.unsubscribe(incident.elementInstanceKey(), context);
    }
    context.followUp(new InternalCommand.ResumeElement(incident.elementInstanceKey()));
    context.respond(command.incidentKey());
  }
}
