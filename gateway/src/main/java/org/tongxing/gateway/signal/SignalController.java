package org.tongxing.gateway.signal;

import io.camunda.client.protocol.rest.SignalBroadcastRequest;
import io.camunda.client.protocol.rest.SignalBroadcastResult;
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

/** Broadcasts signals to every process waiting for them. */
@RestController
@RequestMapping("/v2/signals")
@ConditionalOnEmbeddedRuntime
public class SignalController {

  private final Engine engine;

  public SignalController(Engine engine) {
    this.engine = engine;
  }

  @PostMapping("/broadcast")
  public CompletableFuture<SignalBroadcastResult> broadcast(
      @RequestBody SignalBroadcastRequest request) {
    return engine
        .execute(
            new EngineCommand.BroadcastSignal(
                request.getSignalName(), Variables.toJson(request.getVariables())))
        .thenApply(
            key -> {
              SignalBroadcastResult result = new SignalBroadcastResult();
              result.setSignalKey(Keys.format((Long) key));
              result.setTenantId(GatewayDefaults.TENANT);
              return result;
            });
  }
}
