package org.tongxing.app.runtime;

import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.tongxing.engine.Engine;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;

/**
 * At shutdown, answers the job activations that wait for jobs before the web server's graceful stop
 * waits for open requests: a worker's long poll would otherwise hold the stop for up to its request
 * timeout. Stops after the app's own job workers (the Camunda client closes them first) and just
 * before the graceful stop.
 */
@Component
@ConditionalOnEmbeddedRuntime
class JobActivationShutdown implements SmartLifecycle {

  private final Engine engine;
  private volatile boolean running;

  JobActivationShutdown(Engine engine) {
    this.engine = engine;
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    engine.stopWaitingActivations();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 1;
  }
}
