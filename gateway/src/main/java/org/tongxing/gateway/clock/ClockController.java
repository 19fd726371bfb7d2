package org.tongxing.gateway.clock;

import io.camunda.client.protocol.rest.ClockPinRequest;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.engine.Engine;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;
import org.tongxing.gateway.support.NoContent;

/** Pins the engine clock (tests run month-long deadlines in milliseconds) and releases it. */
@RestController
@RequestMapping("/v2/clock")
@ConditionalOnEmbeddedRuntime
public class ClockController {

  private final Engine engine;

  public ClockController(Engine engine) {
    this.engine = engine;
  }

  @PutMapping
  public CompletableFuture<ResponseEntity<Void>> pin(@RequestBody ClockPinRequest request) {
    if (request.getTimestamp() == null) {
      throw new CommandRejectedException(
          RejectionType.INVALID_ARGUMENT,
          "Expected a timestamp (epoch milliseconds) to pin the clock to, but got none");
    }
    return NoContent.after(engine.execute(new EngineCommand.PinClock(request.getTimestamp())));
  }

  @PostMapping("/reset")
  public CompletableFuture<ResponseEntity<Void>> reset() {
    return NoContent.after(engine.execute(new EngineCommand.ResetClock()));
  }
}
