package org.tongxing.gateway.decision;

import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import org.tongxing.engine.Engine;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.DeployedDecisions;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;

/** The engine's deployed decisions, for the decision definition and requirements endpoints. */
@Component
@ConditionalOnEmbeddedRuntime
class DeployedDecisionsReader {

  private final Engine engine;

  DeployedDecisionsReader(Engine engine) {
    this.engine = engine;
  }

  CompletableFuture<DeployedDecisions> read() {
    return engine
        .execute(new EngineCommand.ListDeployedDecisions())
        .thenApply(DeployedDecisions.class::cast);
  }

  static CommandRejectedException notFound(String what, long key) {
    return new CommandRejectedException(
        RejectionType.NOT_FOUND,
        "Expected to find " + what + " with key '" + key + "', but none found");
  }
}
