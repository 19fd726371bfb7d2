package org.tongxing.engine.durability;

import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tongxing.engine.durability.LoadGenerator.COOL_DOWN;
import static org.tongxing.engine.durability.LoadGenerator.CREATION_WINDOW;
import static org.tongxing.engine.durability.LoadGenerator.CREATORS;
import static org.tongxing.engine.durability.LoadGenerator.JOBS_PER_ACTIVATION;
import static org.tongxing.engine.durability.LoadGenerator.JOB_TIMEOUT;
import static org.tongxing.engine.durability.LoadGenerator.JOB_TYPE;
import static org.tongxing.engine.durability.LoadGenerator.PROCESS_ID;
import static org.tongxing.engine.durability.LoadGenerator.START_TIME;
import static org.tongxing.engine.durability.LoadGenerator.TICKET;
import static org.tongxing.engine.durability.LoadGenerator.WORKERS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongxing.engine.Engine;
import org.tongxing.engine.EngineConfiguration;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.durability.DurableLog.Entry;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.record.JobRecord;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.record.TimerIntent;
import org.tongxing.engine.record.TimerRecord;
import org.tongxing.engine.util.RecordingExporter;

/**
 * Issue #3: a command is answered only after its effects are durable.
 *
 * <p>Once for the class, the engine runs under load in a JVM of its own ({@link LoadGenerator}) and
 * is killed with SIGKILL mid-load. Each test then reads or reopens a copy of the files it left:
 * every acknowledged command must have taken effect, nothing that was not sent may have, nothing
 * twice, keys are not reused, and the instances carry on at their timers and jobs.
 */
class CrashRecoveryTest {

  private static final Logger LOG = LoggerFactory.getLogger(CrashRecoveryTest.class);

  /** The kill comes once this many creations and completions were acknowledged. */
  private static final int CREATIONS_BEFORE_KILL = 1000;

  private static final int COMPLETIONS_BEFORE_KILL = 500;
  private static final Duration BOUND = Duration.ofSeconds(30);

  /** SIGKILL, as the JDK reports it on Linux: 128 + 9. */
  private static final int KILLED = 137;

  @TempDir static Path base;

  /** The files the killed engine left; never opened, only copied. */
  private static Path crashed;

  private static Acknowledgements acks;
  private static DurableLog durable;

  @TempDir Path restartDirectory;
  private Engine engine;
  private RecordingExporter exporter;

  @BeforeAll
  static void killTheEngineUnderLoad() throws Exception {
    crashed = Files.createDirectory(base.resolve("crashed"));
    Path stderr = base.resolve("load-generator.err");
    Path stdout = base.resolve("load-generator.out");
    long started = System.nanoTime();
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                LoadGenerator.class.getName(),
                crashed.toString())
            .redirectError(stderr.toFile())
            .redirectOutput(stdout.toFile())
            .start();
    try {
      acks = Acknowledgements.of(stdout);
      await(
              "the load generator acknowledging "
                  + CREATIONS_BEFORE_KILL
                  + " creations and "
                  + COMPLETIONS_BEFORE_KILL
                  + " completions")
          .atMost(BOUND)
          .pollInterval(Duration.ofMillis(5))
          .failFast(
              () ->
                  assertThat(child.isAlive())
                      .as(
                          () ->
                              "Expected the load generator to run until killed, but it exited with "
                                  + child.exitValue()
                                  + "; its stderr:\n"
                                  + tail(stderr))
                      .isTrue())
          .until(
              () -> {
                acks.readNewLines();
                return acks.acknowledgedCreationCount() >= CREATIONS_BEFORE_KILL
                    && acks.acknowledgedCompletionCount() >= COMPLETIONS_BEFORE_KILL;
              });
      long killedAt = System.nanoTime();

      child.destroyForcibly();

      assertThat(child.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue())
          .as("the exit value of a JVM killed with SIGKILL")
          .isEqualTo(KILLED);
      // the generator is dead: its file holds every report it made
      acks.readNewLines();
      LOG.info(
          "Killed the load generator {} ms after it started, {} ms after it was ready",
          (killedAt - started) / 1_000_000,
          (killedAt - acks.readyAt()) / 1_000_000);
    } finally {
      child.destroyForcibly();
    }
    assertThat(acks.unexpectedLines()).as("lines on the load generator's stdout").isEmpty();
    Path copy = copyOfTheCrashedFiles(base.resolve("read"));
    durable = DurableLog.read(LoadGenerator.dataSource(copy));
    assertThat(snapshotPosition(LoadGenerator.dataSource(copy)))
        .as("the position of the killed engine's latest snapshot")
        .isPositive();
    logFigures();
  }

  /** The restart restores this snapshot and replays only the log after it. */
  private static long snapshotPosition(javax.sql.DataSource dataSource) throws Exception {
    try (var connection = dataSource.getConnection();
        var rows =
            connection
                .createStatement()
                .executeQuery("SELECT MAX(position) FROM engine_snapshot")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @AfterEach
  void closeTheEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void shouldKeepEveryAcknowledgedInstance() {
    // given: the instances the killed engine acknowledged
    Map<String, Long> acknowledged = acks.acknowledgedCreations();

    // when
    Map<Long, String> ticketByInstance =
        durableTickets().stream().collect(toMap(Map.Entry::getKey, Map.Entry::getValue));

    // then: each is in the log, created by the command that was acknowledged for it
    acknowledged.forEach(
        (ticket, instanceKey) ->
            assertThat(ticketByInstance)
                .as("the ticket of acknowledged instance %d", instanceKey)
                .containsEntry(instanceKey, ticket));
  }

  @Test
  void shouldKeepEveryAcknowledgedJobActivationAndCompletion() {
    // given
    Set<Long> heldOrCompleted = jobsLastAt("ACTIVATED", "COMPLETED");
    Set<Long> completed = jobsLastAt("COMPLETED");
    Map<Long, Long> instanceByJob =
        durable.entries("JOB", "CREATED").stream()
            .collect(toMap(Entry::key, e -> e.longField("processInstanceKey")));
    Set<Long> workDone =
        durable
            .entries(
                e ->
                    e.is("PROCESS_INSTANCE", "ELEMENT_COMPLETED")
                        && e.textField("elementId").equals("Task_CrashWork"))
            .stream()
            .map(e -> e.longField("processInstanceKey"))
            .collect(toSet());
    Set<Long> waitingAtTimer = Set.copyOf(waitingTimers().values());

    // then: acknowledged activations are in the log, the jobs still with their worker or done
    assertThat(heldOrCompleted).containsAll(acks.acknowledgedActivations());
    // and acknowledged completions are in the log
    assertThat(completed).containsAll(acks.acknowledgedCompletions());
    // and each completed job's instance moved on past the task, to the timer
    Set<Long> instancesOfAcknowledgedCompletions =
        acks.acknowledgedCompletions().stream().map(instanceByJob::get).collect(toSet());
    assertThat(workDone).containsAll(instancesOfAcknowledgedCompletions);
    assertThat(waitingAtTimer).containsAll(instancesOfAcknowledgedCompletions);
  }

  @Test
  void shouldHoldNothingThatWasNotSentAndNothingTwice() {
    // given
    List<Long> instances = durableInstances();
    List<String> tickets = durableTickets().stream().map(Map.Entry::getValue).toList();
    Map<Long, List<String>> jobs = jobLifecycles();
    Set<Long> heldOrCompleted = jobsLastAt("ACTIVATED", "COMPLETED");
    Set<Long> completed = jobsLastAt("COMPLETED");

    // then: the log is whole, positions 1..n without gap
    assertThat(durable.entries())
        .extracting(Entry::position)
        .containsExactlyElementsOf(
            Stream.iterate(1L, p -> p + 1).limit(durable.entries().size()).toList());
    // no instance twice, each created by a command that was sent, none by one sent twice
    assertThat(instances).doesNotHaveDuplicates().hasSameSizeAs(tickets);
    assertThat(tickets).doesNotHaveDuplicates();
    assertThat(acks.sentCreations()).containsAll(tickets);
    // what is durable but unacknowledged was in flight at the kill: at most a window per thread
    assertThat(unacknowledged(instances, acks.acknowledgedCreations().values()))
        .hasSizeLessThanOrEqualTo(CREATORS * CREATION_WINDOW);
    // each job created, perhaps activated for a request that was gone and yielded back, then
    // activated for one worker and perhaps completed: never held by two, never completed twice
    jobs.forEach(
        (job, intents) ->
            assertThat(String.join(" ", intents))
                .as("the events of job %d", job)
                .matches("CREATED( ACTIVATED YIELDED)*( ACTIVATED( COMPLETED)?)?"));
    // none completed that no worker completed
    assertThat(acks.sentCompletions()).containsAll(completed);
    assertThat(unacknowledged(heldOrCompleted, acks.acknowledgedActivations()))
        .hasSizeLessThanOrEqualTo(WORKERS * JOBS_PER_ACTIVATION);
    assertThat(unacknowledged(completed, acks.acknowledgedCompletions()))
        .hasSizeLessThanOrEqualTo(WORKERS * JOBS_PER_ACTIVATION);
    // and no timer fired, no job timed out: the clock stood still
    assertThat(durable.entries(e -> e.is("TIMER", "TRIGGERED") || e.is("JOB", "TIMED_OUT")))
        .isEmpty();
  }

  @Test
  void shouldNotReuseKeysAfterTheRestart() {
    // given
    restart();

    // when
    List<Long> instanceKeys = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      instanceKeys.add(
          answer(
                  engine.createProcessInstance(
                      new EngineCommand.CreateProcessInstance(
                          PROCESS_ID,
                          -1,
                          -1,
                          Map.of(TICKET, LoadGenerator.json("after-restart-" + i)))))
              .processInstanceKey());
    }

    // then
    assertThat(instanceKeys).allSatisfy(key -> assertThat(key).isGreaterThan(durable.maxKey()));
    List<Record> newRecords =
        awaitRecords(
            r ->
                r.intent() == JobIntent.CREATED
                    && instanceKeys.contains(((JobRecord) r.value()).processInstanceKey()),
            instanceKeys.size());
    assertThat(exporter.records(r -> r.position() > durable.lastPosition()))
        .allSatisfy(r -> assertThat(r.key()).isGreaterThan(durable.maxKey()))
        .first()
        .extracting(Record::position)
        .isEqualTo(durable.lastPosition() + 1);
    assertThat(newRecords)
        .extracting(Record::key)
        .allSatisfy(key -> assertThat(key).isGreaterThan(durable.maxKey()));
  }

  @Test
  void shouldFireTheTimersThatWereWaitingAtTheCrash() {
    // given
    restart();
    Map<Long, Long> instanceByTimer = waitingTimers();
    assertThat(instanceByTimer).isNotEmpty();
    assertThat(engine.now()).as("the pinned clock, after the restart").isEqualTo(START_TIME);

    // when
    setClock(START_TIME + COOL_DOWN);

    // then: each fires once, and its instance (and no other) ends
    assertThat(awaitRecords(r -> r.intent() == TimerIntent.TRIGGERED, instanceByTimer.size()))
        .extracting(Record::key)
        .containsExactlyInAnyOrderElementsOf(instanceByTimer.keySet());
    assertThat(awaitRecords(CrashRecoveryTest::isProcessCompleted, instanceByTimer.size()))
        .extracting(Record::key)
        .containsExactlyInAnyOrderElementsOf(instanceByTimer.values());
  }

  @Test
  void shouldHandOutJobsActivatedBeforeTheCrashAgainOnlyAfterTheirTimeout() {
    // given
    restart();
    Set<Long> held = jobsLastAt("ACTIVATED");
    Set<Long> activatable = jobsLastAt("CREATED", "YIELDED");
    assertThat(held).containsAll(acks.abandonedJobs()).isNotEmpty();

    // when: before their deadline, only the jobs no worker held are handed out
    List<ActivatedJob> beforeDeadline = activateAll(Duration.ofDays(1).toMillis());
    setClock(START_TIME + JOB_TIMEOUT + Duration.ofMinutes(1).toMillis());

    // then: after it, the others time out and are handed out again
    assertThat(beforeDeadline)
        .extracting(ActivatedJob::key)
        .containsExactlyInAnyOrderElementsOf(activatable);
    assertThat(awaitRecords(r -> r.intent() == JobIntent.TIMED_OUT, held.size()))
        .extracting(Record::key)
        .containsExactlyInAnyOrderElementsOf(held);
    List<ActivatedJob> afterDeadline = activateAll(JOB_TIMEOUT);
    assertThat(afterDeadline)
        .extracting(ActivatedJob::key)
        .containsExactlyInAnyOrderElementsOf(held);
    // and completing them moves their instances on to the timer
    completeAll(afterDeadline);
    Set<Long> instances =
        afterDeadline.stream().map(job -> job.job().processInstanceKey()).collect(toSet());
    assertThat(awaitRecords(r -> r.intent() == TimerIntent.CREATED, instances.size()))
        .extracting(r -> ((TimerRecord) r.value()).processInstanceKey())
        .containsExactlyInAnyOrderElementsOf(instances);
  }

  @Test
  void shouldFinishEveryInstanceOnceItsJobsAreWorkedAndItsTimersAreDue() {
    // given
    restart();
    List<Long> instances = durableInstances();

    // when: the jobs that wait are worked, those held by the dead worker after their timeout
    completeAll(activateAll(JOB_TIMEOUT));
    setClock(START_TIME + JOB_TIMEOUT + Duration.ofMinutes(1).toMillis());
    awaitRecords(r -> r.intent() == JobIntent.TIMED_OUT, jobsLastAt("ACTIVATED").size());
    completeAll(activateAll(JOB_TIMEOUT));
    // and every timer is due
    setClock(START_TIME + 3 * COOL_DOWN);

    // then
    assertThat(awaitRecords(CrashRecoveryTest::isProcessCompleted, instances.size()))
        .extracting(Record::key)
        .containsExactlyInAnyOrderElementsOf(instances);
    assertThat(activateAll(JOB_TIMEOUT)).isEmpty();
  }

  // --- the crash -------------------------------------------------------------------------------

  private static Path copyOfTheCrashedFiles(Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(crashed)) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    return target;
  }

  private static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  private static void logFigures() {
    LOG.info(
        "Acknowledged before the kill: {} creations, {} job activations, {} completions;"
            + " durable but unacknowledged: {} creations, {} activations, {} completions;"
            + " {} records in the log",
        acks.acknowledgedCreations().size(),
        acks.acknowledgedActivations().size(),
        acks.acknowledgedCompletions().size(),
        unacknowledged(durableInstances(), acks.acknowledgedCreations().values()).size(),
        unacknowledged(jobsLastAt("ACTIVATED", "COMPLETED"), acks.acknowledgedActivations()).size(),
        unacknowledged(jobsLastAt("COMPLETED"), acks.acknowledgedCompletions()).size(),
        durable.lastPosition());
  }

  // --- what the log holds ----------------------------------------------------------------------

  /** One key per instance created; an instance created twice would appear twice. */
  private static List<Long> durableInstances() {
    return durable
        .entries(
            e ->
                e.is("PROCESS_INSTANCE", "ELEMENT_ACTIVATING")
                    && e.textField("bpmnElementType").equals("PROCESS"))
        .stream()
        .map(Entry::key)
        .toList();
  }

  /** The ticket each instance was created with, as (instance key, ticket). */
  private static List<Map.Entry<Long, String>> durableTickets() {
    return durable
        .entries(
            e ->
                e.is("VARIABLE", "CREATED")
                    && e.textField("name").equals(TICKET)
                    && e.longField("scopeKey") == e.longField("processInstanceKey"))
        .stream()
        .map(e -> Map.entry(e.longField("processInstanceKey"), unquote(e.textField("value"))))
        .toList();
  }

  /** Each job's intents, in log order. */
  private static Map<Long, List<String>> jobLifecycles() {
    Map<Long, List<String>> jobs = new HashMap<>();
    durable
        .entries(e -> e.valueType().equals("JOB"))
        .forEach(e -> jobs.computeIfAbsent(e.key(), key -> new ArrayList<>()).add(e.intent()));
    return jobs;
  }

  /**
   * Jobs whose last event is one of these: ACTIVATED means a worker held it at the crash, CREATED
   * or YIELDED that it was activatable.
   */
  private static Set<Long> jobsLastAt(String... intents) {
    Set<String> wanted = Set.of(intents);
    return jobLifecycles().entrySet().stream()
        .filter(job -> wanted.contains(job.getValue().get(job.getValue().size() - 1)))
        .map(Map.Entry::getKey)
        .collect(toSet());
  }

  /** Timers created and not yet triggered or canceled: instance key by timer key. */
  private static Map<Long, Long> waitingTimers() {
    Set<Long> done =
        durable.entries(e -> e.is("TIMER", "TRIGGERED") || e.is("TIMER", "CANCELED")).stream()
            .map(Entry::key)
            .collect(toSet());
    return durable.entries("TIMER", "CREATED").stream()
        .filter(e -> !done.contains(e.key()))
        .collect(toMap(Entry::key, e -> e.longField("processInstanceKey")));
  }

  private static <T> List<T> unacknowledged(Collection<T> durableKeys, Collection<T> acked) {
    Set<T> acknowledged = new HashSet<>(acked);
    return durableKeys.stream().filter(key -> !acknowledged.contains(key)).toList();
  }

  private static String unquote(String json) {
    return json.substring(1, json.length() - 1);
  }

  // --- the restarted engine --------------------------------------------------------------------

  /**
   * Opens the engine on a copy of the crashed files. The recording exporter is new to them, so it
   * receives the whole log from its first position.
   */
  private void restart() {
    try {
      exporter = new RecordingExporter();
      Path copy = copyOfTheCrashedFiles(restartDirectory);
      engine =
          Engine.start(
              EngineConfiguration.of(LoadGenerator.dataSource(copy)).withExporter(exporter));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void setClock(long time) {
    answer(engine.execute(new EngineCommand.PinClock(time)));
  }

  /** Activates jobs until none is left. */
  private List<ActivatedJob> activateAll(long timeout) {
    List<ActivatedJob> all = new ArrayList<>();
    List<ActivatedJob> jobs;
    do {
      jobs =
          answer(
              engine.activateJobs(
                  new EngineCommand.ActivateJobs(
                      JOB_TYPE, "after-restart", timeout, 1000, List.of()),
                  0));
      all.addAll(jobs);
    } while (!jobs.isEmpty());
    return all;
  }

  private void completeAll(List<ActivatedJob> jobs) {
    // in slices, so that the engine's queue never pushes back
    for (int from = 0; from < jobs.size(); from += 500) {
      List<CompletableFuture<Object>> completions =
          jobs.subList(from, Math.min(from + 500, jobs.size())).stream()
              .map(job -> engine.execute(new EngineCommand.CompleteJob(job.key(), Map.of())))
              .toList();
      completions.forEach(CrashRecoveryTest::answer);
    }
  }

  /** Waits (bounded) for at least {@code count} records after the restart that match. */
  private List<Record> awaitRecords(Predicate<Record> filter, int count) {
    Predicate<Record> afterRestart = r -> r.position() > durable.lastPosition();
    await()
        .atMost(BOUND)
        .pollInterval(Duration.ofMillis(10))
        .until(() -> exporter.records(afterRestart.and(filter)).size() >= count);
    return exporter.records(afterRestart.and(filter));
  }

  private static boolean isProcessCompleted(Record record) {
    return record.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED
        && ((ProcessInstanceRecord) record.value()).bpmnElementType() == BpmnElementType.PROCESS;
  }

  private static <T> T answer(CompletableFuture<T> future) {
    try {
      return future.get(BOUND.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "Expected the engine to accept the command, but it failed", e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new IllegalStateException("Expected the engine to answer within " + BOUND, e);
    }
  }
}
