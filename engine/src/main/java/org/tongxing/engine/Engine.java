package org.tongxing.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.DeploymentResult;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.MessageCorrelated;
import org.tongxing.engine.api.ProcessInstanceCreated;
import org.tongxing.engine.exporter.ExporterDirector;
import org.tongxing.engine.feel.ExpressionLanguage;
import org.tongxing.engine.log.JdbcLogStore;
import org.tongxing.engine.log.JdbcSnapshotStore;
import org.tongxing.engine.log.LogStore;
import org.tongxing.engine.model.transform.BpmnTransformer;
import org.tongxing.engine.processing.EngineClock;
import org.tongxing.engine.processing.StreamProcessor;
import org.tongxing.engine.record.IncidentIntent;
import org.tongxing.engine.record.IncidentRecord;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.record.JobRecord;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.state.mutable.EngineState;
import org.tongxing.engine.state.snapshot.Snapshots;

/**
 * The embedded engine: Camunda 8 BPMN semantics on one node, state in memory, every change in a
 * durable log. All methods are thread-safe; commands are applied in order by a single writer and
 * their futures complete once the effects are durable (or exceptionally with a {@link
 * org.tongxing.engine.api.CommandRejectedException}).
 */
public final class Engine implements AutoCloseable {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Engine.class);

  private final EngineConfiguration configuration;
  private final EngineState state = new EngineState();
  private final EngineClock clock;
  private final LogStore log;
  private final StreamProcessor writer;
  private final ExporterDirector exporters;
  private final ScheduledExecutorService timer;
  private final JobActivationLongPolling longPolling;

  private Engine(EngineConfiguration configuration) {
    this.configuration = configuration;
    this.clock = new EngineClock(state, configuration.systemClock());
    ExpressionLanguage feel = new ExpressionLanguage(clock, configuration.zone());
    BpmnTransformer transformer = new BpmnTransformer(feel);
    this.log = new JdbcLogStore(configuration.dataSource());
    this.exporters =
        new ExporterDirector(
            configuration.exporters(),
            log,
            configuration.dataSource(),
            configuration.maxExportDelay());
    this.writer =
        new StreamProcessor(
            state,
            log,
            feel,
            transformer,
            new org.tongxing.engine.dmn.DecisionEngine(),
            clock,
            configuration.zone(),
            configuration.queueCapacity(),
            this::onCommitted,
            exporters.flowControl()::pauseNanos,
            new Snapshots(
                new JdbcSnapshotStore(configuration.dataSource()),
                log,
                configuration.snapshots(),
                this::exportedPosition,
                configuration.systemClock()));
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "tongxing-engine-timer");
              thread.setDaemon(true);
              return thread;
            });
    this.longPolling =
        new JobActivationLongPolling(
            command -> submit(command).thenApply(Engine::jobs),
            jobs ->
                submit(new EngineCommand.YieldJobs(jobs.stream().map(ActivatedJob::key).toList())),
            timer);
  }

  /** Migrates the database, rebuilds the state from the log and starts processing. */
  public static Engine start(EngineConfiguration configuration) {
    long started = System.nanoTime();
    SchemaMigrations.ENGINE.migrate(configuration.dataSource());
    long migrated = System.nanoTime();
    Engine engine = new Engine(configuration);
    long built = System.nanoTime();
    engine.writer.start();
    engine.exporters.start();
    LOG.info(
        "Engine started in {} ms: database migrations {} ms, set-up {} ms, state {} ms",
        (System.nanoTime() - started) / 1_000_000,
        (migrated - started) / 1_000_000,
        (built - migrated) / 1_000_000,
        (System.nanoTime() - built) / 1_000_000);
    return engine;
  }

  public CompletableFuture<DeploymentResult> deploy(EngineCommand.Deploy command) {
    return submit(command).thenApply(DeploymentResult.class::cast);
  }

  public CompletableFuture<ProcessInstanceCreated> createProcessInstance(
      EngineCommand.CreateProcessInstance command) {
    return submit(command).thenApply(ProcessInstanceCreated.class::cast);
  }

  /**
   * Activates jobs; waits up to {@code requestTimeoutMs} (real time) for jobs to arrive when there
   * are none. A timeout of zero or less answers at once.
   */
  public CompletableFuture<List<ActivatedJob>> activateJobs(
      EngineCommand.ActivateJobs command, long requestTimeoutMs) {
    return longPolling.activate(command, requestTimeoutMs);
  }

  /**
   * Answers every job activation that waits for jobs now, with none, and lets later ones wait no
   * more: the first step of a shutdown, so that workers' long polls do not hold it up.
   */
  public void stopWaitingActivations() {
    longPolling.stop();
  }

  public CompletableFuture<MessageCorrelated> publishMessage(EngineCommand.PublishMessage command) {
    return submit(command).thenApply(MessageCorrelated.class::cast);
  }

  public CompletableFuture<MessageCorrelated> correlateMessage(
      EngineCommand.CorrelateMessage command) {
    return submit(command).thenApply(MessageCorrelated.class::cast);
  }

  /** Any other command; completes with the key of the entity it changed. */
  public CompletableFuture<Object> execute(EngineCommand command) {
    return submit(command);
  }

  /** The engine clock's current time (epoch ms). */
  public long now() {
    return clock.now();
  }

  /** The position every exporter has exported: log before it may go once snapshotted. */
  private long exportedPosition() {
    return exporters.status().stream()
        .mapToLong(ExporterDirector.ExporterStatus::position)
        .min()
        .orElse(Long.MAX_VALUE);
  }

  /** How far each exporter got. */
  public List<ExporterDirector.ExporterStatus> exporterStatus() {
    return exporters.status();
  }

  /**
   * The records a second the writer is held to because an exporter fell behind, or empty while it
   * writes as fast as it can.
   */
  public java.util.OptionalDouble writeRateLimit() {
    return exporters.flowControl().limit();
  }

  public EngineConfiguration configuration() {
    return configuration;
  }

  private CompletableFuture<Object> submit(Object command) {
    return writer.submit(command);
  }

  @SuppressWarnings("unchecked")
  private static List<ActivatedJob> jobs(Object response) {
    return (List<ActivatedJob>) response;
  }

  private void onCommitted(List<Record> records) {
    exporters.onCommitted(records);
    for (Record record : records) {
      if (record.intent() instanceof JobIntent intent && becameActivatable(intent, record)) {
        longPolling.onJobsAvailable(((JobRecord) record.value()).type());
      } else if (record.intent() == IncidentIntent.RESOLVED
          && ((IncidentRecord) record.value()).jobKey() >= 0) {
        // runs on the writer thread after the commit, so reading the state is safe here
        var job = state.jobs().get(((IncidentRecord) record.value()).jobKey());
        if (job != null) {
          longPolling.onJobsAvailable(job.record().type());
        }
      }
    }
  }

  private static boolean becameActivatable(JobIntent intent, Record record) {
    return switch (intent) {
      case CREATED, TIMED_OUT, YIELDED, RECURRED_AFTER_BACKOFF -> true;
      case FAILED -> {
        JobRecord job = (JobRecord) record.value();
        yield job.retries() > 0 && job.retryBackoff() <= 0;
      }
      default -> false;
    };
  }

  @Override
  public void close() {
    longPolling.stop();
    writer.close();
    exporters.close();
    timer.shutdownNow();
    log.close();
  }
}
