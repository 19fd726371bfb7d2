package org.tongxing.engine.api;

import java.util.concurrent.CompletableFuture;

/**
 * The started process instance.
 *
 * @param completion when the command asked to await completion: completes with the instance's
 *     variables once it has completed (durably), or exceptionally when it was terminated; null
 *     otherwise
 */
public record ProcessInstanceCreated(
    long processInstanceKey,
    long processDefinitionKey,
    String bpmnProcessId,
    int version,
    CompletableFuture<java.util.Map<String, String>> completion) {}
