package org.tongxing.engine.model.executable;

import java.util.Map;
import org.tongxing.engine.feel.Expression;
import org.tongxing.engine.record.BpmnElementType;

/** A task done by a job worker ({@code zeebe:taskDefinition}): service, send, script, ... */
public final class ExecutableJobWorkerTask extends ExecutableFlowNode {

  private Expression jobType;
  private Expression retries;
  private Map<String, String> taskHeaders = Map.of();

  public ExecutableJobWorkerTask(String id, String name, BpmnElementType elementType) {
    super(id, name, elementType);
  }

  public Expression getJobType() {
    return jobType;
  }

  public void setJobType(Expression jobType) {
    this.jobType = jobType;
  }

  public Expression getRetries() {
    return retries;
  }

  public void setRetries(Expression retries) {
    this.retries = retries;
  }

  public Map<String, String> getTaskHeaders() {
    return taskHeaders;
  }

  public void setTaskHeaders(Map<String, String> taskHeaders) {
    this.taskHeaders = Map.copyOf(taskHeaders);
  }
}
