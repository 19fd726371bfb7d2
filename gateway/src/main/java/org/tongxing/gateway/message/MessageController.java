package org.tongxing.gateway.message;

import io.camunda.client.protocol.rest.MessageCorrelationRequest;
import io.camunda.client.protocol.rest.MessageCorrelationResult;
import io.camunda.client.protocol.rest.MessagePublicationRequest;
import io.camunda.client.protocol.rest.MessagePublicationResult;
import java.util.concurrent.CompletableFuture;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.engine.Engine;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;
import org.tongxing.gateway.support.GatewayDefaults;
import org.tongxing.gateway.support.Keys;
import org.tongxing.gateway.support.Variables;

/** Publishes messages (buffered for their time to live) and correlates them (no buffer). */
@RestController
@RequestMapping("/v2/messages")
@ConditionalOnEmbeddedRuntime
public class MessageController {

  private final Engine engine;

  public MessageController(Engine engine) {
    this.engine = engine;
  }

  @PostMapping("/publication")
  public CompletableFuture<MessagePublicationResult> publish(
      @RequestBody MessagePublicationRequest request) {
    long timeToLive = request.getTimeToLive() == null ? 0 : request.getTimeToLive();
    return engine
        .publishMessage(
            new EngineCommand.PublishMessage(
                request.getName(),
                request.getCorrelationKey(),
                timeToLive,
                request.getMessageId(),
                Variables.toJson(request.getVariables())))
        .thenApply(
            published -> {
              MessagePublicationResult result = new MessagePublicationResult();
              result.setMessageKey(Keys.format(published.messageKey()));
              result.setTenantId(GatewayDefaults.TENANT);
              return result;
            });
  }

  @PostMapping("/correlation")
  public CompletableFuture<MessageCorrelationResult> correlate(
      @RequestBody MessageCorrelationRequest request) {
    return engine
        .correlateMessage(
            new EngineCommand.CorrelateMessage(
                request.getName(),
                request.getCorrelationKey(),
                Variables.toJson(request.getVariables())))
        .thenApply(
            correlated -> {
              MessageCorrelationResult result = new MessageCorrelationResult();
              result.setMessageKey(Keys.format(correlated.messageKey()));
              result.setProcessInstanceKey(Keys.format(correlated.processInstanceKey()));
              result.setTenantId(GatewayDefaults.TENANT);
              return result;
            });
  }
}
