package org.tongxing.engine.durability;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.tongxing.engine.Engine;
import org.tongxing.engine.EngineConfiguration;
import org.tongxing.engine.SnapshotPolicy;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.ProcessInstanceCreated;
import org.tongxing.engine.api.Resource;
import org.tongxing.engine.util.EngineRule;

/**
 * The engine under load in a JVM of its own, for {@link CrashRecoveryTest} to kill. It opens the
 * engine on an H2 file in the folder given as its only argument, pins the clock, deploys {@link
 * #PROCESS_ID} and then, until it is killed, creates instances and works their jobs from several
 * threads.
 *
 * <p>It reports on stdout, one line per event, each written with a single {@code write} so that a
 * kill never leaves half a line that could be mistaken for a whole one:
 *
 * <pre>
 * READY                               deployed, clock pinned: the load starts
 * SEND create &lt;ticket&gt;               before a creation is submitted
 * ACK create &lt;ticket&gt; &lt;instanceKey&gt;  after the creation's future completed
 * ACK activate &lt;jobKey&gt;              after the activation's future completed, one per job
 * SEND complete &lt;jobKey&gt;             before a completion is submitted
 * ACK complete &lt;jobKey&gt;              after the completion's future completed
 * </pre>
 *
 * Each creation carries its ticket as the variable {@link #TICKET}, so the log tells which command
 * created which instance. Every {@link #ABANDON_EVERY}th activated job is left uncompleted, as by a
 * worker that died with it: after the restart it must time out.
 */
public final class LoadGenerator {

  static final String PROCESS_ID = "crash-recovery";
  static final String JOB_TYPE = "crash-work";
  static final String TICKET = "ticket";
  static final long START_TIME = EngineRule.START_TIME;
  static final long JOB_TIMEOUT = Duration.ofMinutes(5).toMillis();
  static final long COOL_DOWN = Duration.ofHours(1).toMillis();

  static final int CREATORS = 4;

  /** Creations each creator keeps in flight. */
  static final int CREATION_WINDOW = 16;

  static final int WORKERS = 4;

  /** Jobs a worker activates at once and then completes concurrently. */
  static final int JOBS_PER_ACTIVATION = 16;

  static final int ABANDON_EVERY = 10;

  /** The generator halts on its own after this long, should nobody kill it. */
  private static final Duration MAX_LIFETIME = Duration.ofMinutes(2);

  private static final long LONG_POLL_MS = 500;
  private static final long ANSWER_BOUND_SECONDS = 30;

  private static final FileOutputStream REPORT = new FileOutputStream(FileDescriptor.out);

  private LoadGenerator() {}

  /** Start → job "crash-work" → timer of an hour → end. */
  static BpmnModelInstance process() {
    return Bpmn.createExecutableProcess(PROCESS_ID)
        .startEvent("requestReceived")
        .serviceTask("Task_CrashWork", t -> t.zeebeJobType(JOB_TYPE))
        .intermediateCatchEvent(
            "Timer_CoolDown", e -> e.timerWithDuration(Duration.ofMillis(COOL_DOWN).toString()))
        .endEvent("requestDone")
        .done();
  }

  static DataSource dataSource(Path directory) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + directory.resolve("engine") + ";WRITE_DELAY=0");
    return dataSource;
  }

  static String json(String text) {
    return "\"" + text + "\"";
  }

  public static void main(String[] args) throws Exception {
    // stdout carries the report alone: the engine's log lines go to stderr
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8));
    haltWhenOrphaned();

    // snapshots every few hundred records: the restart restores one and replays the rest; the
    // log is kept whole for the test to read
    Engine engine =
        Engine.start(
            EngineConfiguration.of(dataSource(Path.of(args[0])))
                .withSnapshots(new SnapshotPolicy(Duration.ofMillis(200), 300, false)));
    answer(engine.execute(new EngineCommand.PinClock(START_TIME)));
    answer(
        engine.deploy(
            new EngineCommand.Deploy(
                List.of(
                    new Resource(
                        "crash-recovery.bpmn", Bpmn.convertToString(process()).getBytes(UTF_8))))));
    report("READY");

    List<Thread> load = new ArrayList<>();
    for (int i = 0; i < CREATORS; i++) {
      int creator = i;
      load.add(new Thread(() -> create(engine, creator), "creator-" + i));
    }
    for (int i = 0; i < WORKERS; i++) {
      int worker = i;
      load.add(new Thread(() -> work(engine, worker), "worker-" + i));
    }
    load.forEach(Thread::start);
    for (Thread thread : load) {
      thread.join();
    }
  }

  /** Keeps {@link #CREATION_WINDOW} creations in flight, acknowledging each as it completes. */
  private static void create(Engine engine, int creator) {
    record InFlight(String ticket, CompletableFuture<ProcessInstanceCreated> created) {}
    ArrayDeque<InFlight> window = new ArrayDeque<>();
    long sequence = 0;
    while (true) {
      while (window.size() < CREATION_WINDOW) {
        String ticket = "c" + creator + "-" + sequence++;
        report("SEND create " + ticket);
        window.add(
            new InFlight(
                ticket,
                engine.createProcessInstance(
                    new EngineCommand.CreateProcessInstance(
                        PROCESS_ID, -1, -1, Map.of(TICKET, json(ticket))))));
      }
      InFlight oldest = window.poll();
      ProcessInstanceCreated created = answer(oldest.created());
      report("ACK create " + oldest.ticket() + " " + created.processInstanceKey());
    }
  }

  /** Activates jobs, completes all but every {@link #ABANDON_EVERY}th, and starts over. */
  private static void work(Engine engine, int worker) {
    long activated = 0;
    while (true) {
      List<ActivatedJob> jobs =
          answer(
              engine.activateJobs(
                  new EngineCommand.ActivateJobs(
                      JOB_TYPE, "worker-" + worker, JOB_TIMEOUT, JOBS_PER_ACTIVATION, List.of()),
                  LONG_POLL_MS));
      for (ActivatedJob job : jobs) {
        report("ACK activate " + job.key());
      }
      Map<Long, CompletableFuture<Object>> completions = new LinkedHashMap<>();
      for (ActivatedJob job : jobs) {
        if (++activated % ABANDON_EVERY == 0) {
          continue;
        }
        report("SEND complete " + job.key());
        completions.put(
            job.key(),
            engine.execute(
                new EngineCommand.CompleteJob(
                    job.key(), Map.of("worker", json("worker-" + worker)))));
      }
      completions.forEach(
          (jobKey, completion) -> {
            answer(completion);
            report("ACK complete " + jobKey);
          });
    }
  }

  /**
   * The answer of a command. Any failure halts the generator: the test then sees it exit before it
   * was killed, with the cause on stderr.
   */
  private static <T> T answer(CompletableFuture<T> future) {
    try {
      return future.get(ANSWER_BOUND_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      e.printStackTrace();
      Runtime.getRuntime().halt(3);
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One line, one write: a kill leaves whole lines only (pipe writes up to 4 KiB are atomic). */
  private static void report(String line) {
    byte[] bytes = (line + "\n").getBytes(UTF_8);
    synchronized (REPORT) {
      try {
        REPORT.write(bytes);
      } catch (IOException e) {
        // the test is gone: nobody reads the report any more
        Runtime.getRuntime().halt(4);
      }
    }
  }

  /**
   * The test keeps stdin open while it runs; when it ends (or dies), stdin reaches its end and the
   * generator halts, so no orphan keeps writing to a deleted folder. A lifetime bound backs it up.
   */
  private static void haltWhenOrphaned() {
    Thread stdin =
        new Thread(
            () -> {
              try {
                while (System.in.read() >= 0) {
                  // nothing is sent on stdin; reading only notices its end
                }
              } catch (IOException ignored) {
                // a broken stdin means the same: the test is gone
              }
              Runtime.getRuntime().halt(5);
            },
            "orphan-guard");
    stdin.setDaemon(true);
    stdin.start();
    ScheduledExecutorService lifetime =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "lifetime-bound");
              thread.setDaemon(true);
              return thread;
            });
    lifetime.schedule(
        () -> Runtime.getRuntime().halt(6), MAX_LIFETIME.toMillis(), TimeUnit.MILLISECONDS);
  }
}
