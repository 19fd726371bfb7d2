package org.tongxing.benchmarks.rest;

import io.camunda.client.CamundaClient;
import java.util.List;
import java.util.Map;
import org.tongxing.benchmarks.Scenario;
import org.tongxing.benchmarks.Settings;

/**
 * A scenario against the app's jar in a JVM of its own, through the real client over REST: the app
 * starts once for all runs; a failed run prints the end of the app's log.
 */
abstract class AppScenario implements Scenario {

  protected final Settings settings;
  private final int clientThreads;
  protected AppProcess app;
  protected CamundaClient client;

  AppScenario(Settings settings, int clientThreads) {
    this.settings = settings;
    this.clientThreads = clientThreads;
  }

  /** The app's JVM starts cold and shares the CPUs with this one: its JIT needs several runs. */
  @Override
  public int warmupRuns(Settings settings) {
    return settings.warmups() * 3;
  }

  /** Arguments the app starts with beside the benchmarks' own. */
  protected List<String> appArguments() {
    return List.of();
  }

  @Override
  public void setUp() throws Exception {
    app = AppProcess.start(settings, appArguments());
    client = app.newClient(clientThreads);
  }

  @Override
  public List<ProcessHandle> helpers() {
    return app == null ? List.of() : List.of(app.handle());
  }

  @Override
  public Map<String, Double> run() throws Exception {
    try {
      return measure();
    } catch (Exception e) {
      app.printLogTail();
      throw e;
    }
  }

  /** One run against the started app. */
  protected abstract Map<String, Double> measure() throws Exception;

  @Override
  public void close() throws Exception {
    if (client != null) {
      client.close();
    }
    if (app != null) {
      app.close();
    }
  }
}
