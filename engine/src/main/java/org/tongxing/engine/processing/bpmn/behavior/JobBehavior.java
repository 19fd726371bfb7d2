package org.tongxing.engine.processing.bpmn.behavior;

import java.util.Map;
import org.tongxing.engine.feel.Expression;
import org.tongxing.engine.model.executable.ExecutableJobWorkerTask;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.behavior.ExpressionBehavior.Evaluated;
import org.tongxing.engine.record.ErrorType;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.record.JobKind;
import org.tongxing.engine.record.JobListenerEventType;
import org.tongxing.engine.record.JobRecord;

/** Creates the jobs of job worker tasks and of execution listeners. */
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
    return createJob(
        task.getJobType(),
        task.getRetries(),
        task.getTaskHeaders(),
        JobKind.BPMN_ELEMENT,
        JobListenerEventType.UNSPECIFIED,
        instance,
        context);
  }

  /**
   * Creates a job for the element instance, its type and retries evaluated in the instance's scope;
   * false after raising an incident when one of them fails.
   */
  public boolean createJob(
      Expression typeExpression,
      Expression retriesExpression,
      Map<String, String> headers,
      JobKind kind,
      JobListenerEventType listenerEventType,
      BpmnElementContext instance,
      ProcessingContext context) {
    long scope = instance.elementInstanceKey();
    Evaluated<String> type = expressions.evaluateString(typeExpression, scope, context);
    if (type.isFailure()) {
      incidents.createElementIncident(
          ErrorType.EXTRACT_VALUE_ERROR, type.failure(), instance, context);
      return false;
    }
    Evaluated<Integer> retries = expressions.evaluateInt(retriesExpression, scope, context);
    if (retries.isFailure()) {
      incidents.createElementIncident(
          ErrorType.EXTRACT_VALUE_ERROR, retries.failure(), instance, context);
      return false;
    }
    var process = instance.record();
    JobRecord job =
        new JobRecord(
            type.value(),
            "",
            retries.value(),
            -1,
            "",
            "",
            headers,
            process.bpmnProcessId(),
            process.version(),
            process.processDefinitionKey(),
            process.processInstanceKey(),
            process.elementId(),
            instance.elementInstanceKey(),
            0,
            -1,
            "{}",
            kind,
            listenerEventType);
    context.appendEvent(context.nextKey(), JobIntent.CREATED, job);
    return true;
  }
}
