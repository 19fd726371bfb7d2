package org.tongxing.gateway.job;

import io.camunda.client.protocol.rest.ActivatedJobResult;
import io.camunda.client.protocol.rest.JobActivationRequest;
import io.camunda.client.protocol.rest.JobActivationResult;
import io.camunda.client.protocol.rest.JobCompletionRequest;
import io.camunda.client.protocol.rest.JobErrorRequest;
import io.camunda.client.protocol.rest.JobFailRequest;
import io.camunda.client.protocol.rest.JobKindEnum;
import io.camunda.client.protocol.rest.JobListenerEventTypeEnum;
import io.camunda.client.protocol.rest.JobUpdateRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.engine.Engine;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;
import org.tongxing.gateway.support.GatewayDefaults;
import org.tongxing.gateway.support.Keys;
import org.tongxing.gateway.support.NoContent;
import org.tongxing.gateway.support.Variables;

/** Job workers: activation with long polling, completion, failure, errors and updates. */
@RestController
@RequestMapping("/v2/jobs")
@ConditionalOnEmbeddedRuntime
public class JobController {

  /** Camunda's gateway waits this long when a request sets no request timeout. */
  static final long DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

  private final Engine engine;

  public JobController(Engine engine) {
    this.engine = engine;
  }

  @PostMapping("/activation")
  public CompletableFuture<JobActivationResult> activate(
      @RequestBody JobActivationRequest request) {
    if (request.getTimeout() == null) {
      throw new CommandRejectedException(
          RejectionType.INVALID_ARGUMENT, "Expected a job timeout in milliseconds, but got none");
    }
    Long requested = request.getRequestTimeout();
    long requestTimeout =
        requested == null || requested == 0 ? DEFAULT_REQUEST_TIMEOUT_MS : requested;
    var command =
        new EngineCommand.ActivateJobs(
            request.getType(),
            request.getWorker(),
            request.getTimeout(),
            request.getMaxJobsToActivate() == null ? 0 : request.getMaxJobsToActivate(),
            request.getFetchVariable() == null ? List.of() : request.getFetchVariable());
    return engine
        .activateJobs(command, requestTimeout)
        .thenApply(
            jobs -> {
              JobActivationResult result = new JobActivationResult();
              result.setJobs(jobs.stream().map(JobController::toResult).toList());
              return result;
            });
  }

  @PostMapping("/{key}/completion")
  public CompletableFuture<ResponseEntity<Void>> complete(
      @PathVariable("key") String key,
      @RequestBody(required = false) JobCompletionRequest request) {
    Map<String, String> variables =
        request == null ? Map.of() : Variables.toJson(request.getVariables());
    return NoContent.after(
        engine.execute(
            new EngineCommand.CompleteJob(
                Keys.parse("jobKey", key),
                variables,
                request == null ? null : JobResults.toCommand(request.getResult()))));
  }

  @PostMapping("/{key}/failure")
  public CompletableFuture<ResponseEntity<Void>> fail(
      @PathVariable("key") String key, @RequestBody(required = false) JobFailRequest request) {
    JobFailRequest body = request == null ? new JobFailRequest() : request;
    return NoContent.after(
        engine.execute(
            new EngineCommand.FailJob(
                Keys.parse("jobKey", key),
                body.getRetries() == null ? 0 : body.getRetries(),
                body.getErrorMessage(),
                body.getRetryBackOff() == null ? 0 : body.getRetryBackOff(),
                Variables.toJson(body.getVariables()))));
  }

  @PostMapping("/{key}/error")
  public CompletableFuture<ResponseEntity<Void>> error(
      @PathVariable("key") String key, @RequestBody JobErrorRequest request) {
    return NoContent.after(
        engine.execute(
            new EngineCommand.ThrowJobError(
                Keys.parse("jobKey", key),
                request.getErrorCode(),
                request.getErrorMessage(),
                Variables.toJson(request.getVariables()))));
  }

  @PatchMapping("/{key}")
  public CompletableFuture<ResponseEntity<Void>> update(
      @PathVariable("key") String key, @RequestBody JobUpdateRequest request) {
    if (request.getChangeset() == null) {
      throw new CommandRejectedException(
          RejectionType.INVALID_ARGUMENT,
          "Expected a changeset with retries and/or timeout, but got none");
    }
    return NoContent.after(
        engine.execute(
            new EngineCommand.UpdateJob(
                Keys.parse("jobKey", key),
                request.getChangeset().getRetries(),
                request.getChangeset().getTimeout())));
  }

  private static ActivatedJobResult toResult(ActivatedJob activated) {
    var job = activated.job();
    ActivatedJobResult result = new ActivatedJobResult();
    result.setJobKey(Keys.format(activated.key()));
    result.setType(job.type());
    result.setWorker(job.worker());
    result.setRetries(job.retries());
    result.setDeadline(job.deadline());
    result.setProcessDefinitionId(job.bpmnProcessId());
    result.setProcessDefinitionVersion(job.processDefinitionVersion());
    result.setProcessDefinitionKey(Keys.format(job.processDefinitionKey()));
    result.setProcessInstanceKey(Keys.format(job.processInstanceKey()));
    result.setElementId(job.elementId());
    result.setElementInstanceKey(Keys.format(job.elementInstanceKey()));
    result.setCustomHeaders(new LinkedHashMap<>(job.customHeaders()));
    result.setVariables(Variables.fromJson(activated.variables()));
    result.setTenantId(GatewayDefaults.TENANT);
    result.setKind(JobKindEnum.fromValue(job.kind().name()));
    result.setListenerEventType(JobListenerEventTypeEnum.fromValue(job.listenerEventType().name()));
    if (activated.userTask() != null) {
      result.setUserTask(JobResults.userTaskProperties(activated.userTask()));
    }
    return result;
  }
}
