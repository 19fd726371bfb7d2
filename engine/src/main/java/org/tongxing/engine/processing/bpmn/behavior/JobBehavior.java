package org.tongxing.engine.processing.bpmn.behavior;

import org.tongxing.engine.model.executable.ExecutableJobWorkerTask;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.behavior.ExpressionBehavior.Evaluated;
import org.tongxing.engine.record.ErrorType;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.record.JobRecord;

/** Creates and cancels the jobs of job worker tasks. */
public final class JobBehavior {

  private final ExpressionBehavior expressions;
  private final IncidentBehavior incidents;

  public JobBehavior(ExpressionBehavior expressions, IncidentBehavior incidents) {
    this.expressions = expressions;
    this.incidents = incidents;
  }

  /** Creates the task's job; false after raising an incident when its type or retries fail. */
  public boolean createJob(
      ExecutableJobWorkerTask task, BpmnElementContext instance, ProcessingContext context) {
    long scope = instance.elementInstanceKey();
    Evaluated<String> type = expressions.evaluateString(task.getJobType(), scope, context);
    if (type.isFailure()) {
      incidents.createElementIncident(ErrorType.EXTRACT_VALUE_ERROR, type.failure(), instance,
          context);
      return false;
    }
    Evaluated<Integer> retries = expressions.evaluateInt(task.getRetries(), scope, context);
    if (retries.isFailure()) {
      incidents.createElementIncident(ErrorType.EXTRACT_VALUE_ERROR, retries.failure(), instance,
          context);
      return false;
    }
    var process = instance.record();
    JobRecord job =
        new JobRecord(type.value(), "", retries.value(), -1, "", "", task.getTaskHeaders(),
            process.bpmnProcessId(), process.version(), process.processDefinitionKey(),
            process.processInstanceKey(), process.elementId(), instance.elementInstanceKey(), 0,
            -1, "{}");
    context.appendEvent(context.nextKey(), JobIntent.CREATED, job);
    return true;
  }
}
