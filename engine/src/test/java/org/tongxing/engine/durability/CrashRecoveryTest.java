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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
 * <p>Once for the class, the engine runs under load in a JVM of its own ({@link LoadGenerator})
 * and is killed with SIGKILL mid-load. Each test then reads or reopens a copy of the files it left:
 * every acknowledged command must have taken effect, nothing that was not sent may have, nothing
 * twice, keys are not reused, and the instances carry on at their timers and jobs.
 */
class CrashRecoveryTest {

  private static final Logger LOG = LoggerFactory.getLogger(CrashRecoveryTest.class);

  /** The kill comes once this many creations and completions were acknowledged. */
  private static final int CREATIONS_BEFORE_KILL = 500;
  private static final int COMPLETIONS_BEFORE_KILL = 300;
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
    long started = System.nanoTime();
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m", "-cp", testClassPath(), LoadGenerator.class.getName(), crashed.toString())
        .redirectError(stderr.toFile())
        .start();
    try {
      acks = Acknowledgements.readFrom(child.getInputStream());
      await("the load generator acknowledging " + CREATIONS_BEFORE_KILL + " creations and "
              + COMPLETIONS_BEFORE_KILL + " completions")
          .atMost(BOUND).pollInterval(Duration.ofMillis(1))
          .failFast(() -> assertThat(child.isAlive())
              .as(() -> "Expected the load generator to run until killed, but it exited with "
                  + child.exitValue() + "; its stderr:\n" + tail(stderr))
              .isTrue())
          .until(() -> acks.acknowledgedCreations().size() >= CREATIONS_BEFORE_KILL
              && acks.acknowledgedCompletions().size() >= COMPLETIONS_BEFORE_KILL);
      long loadStarted = System.nanoTime();

      child.destroyForcibly();

      assertThat(child.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as("the exit value of a JVM killed with SIGKILL")
          .isEqualTo(KILLED);
      await("the end of the load generator's stdout").atMost(BOUND).until(acks::ended);
      LOG.info("Killed the load generator {} ms after it started", (loadStarted - started) / 1_000_000);
    } finally {
      child.destroyForcibly();
    }
    assertThat(acks.unexpectedLines()).as("lines on the load generator's stdout").isEmpty();
    durable = DurableLog.read(LoadGenerator.dataSource(copyOfTheCrashedFiles(base.resolve("read"))));
    logFigures();
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
    Map<Long, String> ticketByInstance = durableTickets().stream()
        .collect(toMap(Map.Entry::getKey, Map.Entry::getValue));

    // then: each is in the log, created by the command that was acknowledged for it
    acknowledged.forEach((ticket, instanceKey) -> assertThat(ticketByInstance)
        .as("the ticket of acknowledged instance %d", instanceKey)
        .containsEntry(instanceKey, ticket));
  }

  @Test
  void shouldKeepEveryAcknowledgedJobActivationAndCompletion() {
    // given
    Set<Long> activated = new HashSet<>(durableJobs("ACTIVATED"));
    Set<Long> completed = new HashSet<>(durableJobs("COMPLETED"));
    Map<Long, Long> instanceByJob = durable.entries("JOB", "CREATED").stream()
        .collect(toMap(Entry::key, e -> e.longField("processInstanceKey")));
    Set<Long> workDone = durable.entries(e -> e.is("PROCESS_INSTANCE", "ELEMENT_COMPLETED")
            && e.textField("elementId").equals("Task_CrashWork")).stream()
        .map(e -> e.longField("processInstanceKey")).collect(toSet());
    Set<Long> waitingAtTimer = Set.copyOf(waitingTimers().values());

    // then: acknowledged activations and completions are in the log
    assertThat(activated).containsAll(acks.acknowledgedActivations());
    assertThat(completed).containsAll(acks.acknowledgedCompletions());
    // and each completed job's instance moved on past the task, to the timer
    Set<Long> instancesOfAcknowledgedCompletions = acks.acknowledgedCompletions().stream()
        .map(instanceByJob::get).collect(toSet());
    assertThat(workDone).containsAll(instancesOfAcknowledgedCompletions);
    assertThat(waitingAtTimer).containsAll(instancesOfAcknowledgedCompletions);
  }

  @Test
  void shouldHoldNothingThatWasNotSentAndNothingTwice() {
    // given
    List<Long> instances = durableInstances();
    List<String> tickets = durableTickets().stream().map(Map.Entry::getValue).toList();
    List<Long> activations = durableJobs("ACTIVATED");
    List<Long> completions = durableJobs("COMPLETED");

    // then: the log is whole, positions 1..n without gap
    assertThat(durable.entries()).extracting(Entry::position)
        .containsExactlyElementsOf(
            Stream.iterate(1L, p -> p + 1).limit(durable.entries().size()).toList());
    // no instance twice, each created by a command that was sent, none by one sent twice
    assertThat(instances).doesNotHaveDuplicates().hasSameSizeAs(tickets);
    assertThat(tickets).doesNotHaveDuplicates();
    assertThat(acks.sentCreations()).containsAll(tickets);
    // what is durable but unacknowledged was in flight at the kill: at most a window per thread
    assertThat(unacknowledged(instances, acks.acknowledgedCreations().values()))
        .hasSizeLessThanOrEqualTo(CREATORS * CREATION_WINDOW);
    // no job activated or completed twice, and none completed that no worker completed
    assertThat(activations).doesNotHaveDuplicates();
    assertThat(completions).doesNotHaveDuplicates();
    assertThat(acks.sentCompletions()).containsAll(completions);
    assertThat(unacknowledged(activations, acks.acknowledgedActivations()))
        .hasSizeLessThanOrEqualTo(WORKERS * JOBS_PER_ACTIVATION);
    assertThat(unacknowledged(completions, acks.acknowledgedCompletions()))
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
      instanceKeys.add(answer(engine.createProcessInstance(new EngineCommand.CreateProcessInstance(
          PROCESS_ID, -1, -1, Map.of(TICKET, LoadGenerator.json("after-restart-" + i)))))
          .processInstanceKey());
    }

    // then
    assertThat(instanceKeys).allSatisfy(key -> assertThat(key).isGreaterThan(durable.maxKey()));
    List<Record> newRecords = awaitRecords(
        r -> r.intent() == JobIntent.CREATED && instanceKeys.contains(jobOf(r).processInstanceKey()),
        instanceKeys.size());
    assertThat(exporter.records(r -> r.position() > durable.lastPosition()))
        .allSatisfy(r -> assertThat(r.key()).isGreaterThan(durable.maxKey()))
        .first().extracting(Record::position).isEqualTo(durable.lastPosition() + 1);
    assertThat(newRecords).extracting(Record::key)
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
        .extracting(Record::key).containsExactlyInAnyOrderElementsOf(instanceByTimer.keySet());
    assertThat(awaitRecords(CrashRecoveryTest::isProcessCompleted, instanceByTimer.size()))
        .extracting(Record::key).containsExactlyInAnyOrderElementsOf(instanceByTimer.values());
  }

  @Test
  void shouldHandOutJobsActivatedBeforeTheCrashAgainOnlyAfterTheirTimeout() {
    // given
    restart();
    Set<Long> activatedNotCompleted = activatedNotCompleted();
    Set<Long> neverActivated = new HashSet<>(durableJobs("CREATED"));
    neverActivated.removeAll(durableJobs("ACTIVATED"));
    neverActivated.removeAll(durableJobs("COMPLETED"));
    assertThat(activatedNotCompleted).containsAll(acks.abandonedJobs()).isNotEmpty();

    // when: before their deadline, only the jobs that were never activated are handed out
    List<ActivatedJob> beforeDeadline = activateAll(Duration.ofDays(1).toMillis());
    setClock(START_TIME + JOB_TIMEOUT + Duration.ofMinutes(1).toMillis());

    // then: after it, the others time out and are handed out again
    assertThat(beforeDeadline).extracting(ActivatedJob::key)
        .containsExactlyInAnyOrderElementsOf(neverActivated);
    assertThat(awaitRecords(r -> r.intent() == JobIntent.TIMED_OUT, activatedNotCompleted.size()))
        .extracting(Record::key).containsExactlyInAnyOrderElementsOf(activatedNotCompleted);
    List<ActivatedJob> afterDeadline = activateAll(JOB_TIMEOUT);
    assertThat(afterDeadline).extracting(ActivatedJob::key)
        .containsExactlyInAnyOrderElementsOf(activatedNotCompleted);
    // and completing them moves their instances on to the timer
    completeAll(afterDeadline);
    Set<Long> instances = afterDeadline.stream().map(job -> job.job().processInstanceKey())
        .collect(toSet());
    assertThat(awaitRecords(r -> r.intent() == TimerIntent.CREATED
            && r.position() > durable.lastPosition(), instances.size()))
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
    awaitRecords(r -> r.intent() == JobIntent.TIMED_OUT, activatedNotCompleted().size());
    completeAll(activateAll(JOB_TIMEOUT));
    // and every timer is due
    setClock(START_TIME + 3 * COOL_DOWN);

    // then
    assertThat(awaitRecords(CrashRecoveryTest::isProcessCompleted, instances.size()))
        .extracting(Record::key).containsExactlyInAnyOrderElementsOf(instances);
    assertThat(activateAll(JOB_TIMEOUT)).isEmpty();
  }

  // --- the crash -------------------------------------------------------------------------------

  /**
   * Surefire may start the test JVM from a manifest-only jar; it then passes the real class path
   * in {@code surefire.test.class.path}.
   */
  private static String testClassPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

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
    LOG.info("Acknowledged before the kill: {} creations, {} job activations, {} completions;"
            + " durable but unacknowledged: {} creations, {} activations, {} completions;"
            + " {} records in the log",
        acks.acknowledgedCreations().size(), acks.acknowledgedActivations().size(),
        acks.acknowledgedCompletions().size(),
        unacknowledged(durableInstances(), acks.acknowledgedCreations().values()).size(),
        unacknowledged(durableJobs("ACTIVATED"), acks.acknowledgedActivations()).size(),
        unacknowledged(durableJobs("COMPLETED"), acks.acknowledgedCompletions()).size(),
        durable.lastPosition());
  }

  // --- what the log holds ----------------------------------------------------------------------

  /** One key per instance created; an instance created twice would appear twice. */
  private static List<Long> durableInstances() {
    return durable.entries(e -> e.is("PROCESS_INSTANCE", "ELEMENT_ACTIVATING")
            && e.textField("bpmnElementType").equals("PROCESS")).stream()
        .map(Entry::key).toList();
  }

  /** The ticket each instance was created with, as (instance key, ticket). */
  private static List<Map.Entry<Long, String>> durableTickets() {
    return durable.entries(e -> e.is("VARIABLE", "CREATED") && e.textField("name").equals(TICKET)
            && e.longField("scopeKey") == e.longField("processInstanceKey")).stream()
        .map(e -> Map.entry(e.longField("processInstanceKey"), unquote(e.textField("value"))))
        .toList();
  }

  private static List<Long> durableJobs(String intent) {
    return durable.entries("JOB", intent).stream().map(Entry::key).toList();
  }

  /** Jobs a worker held at the crash: activated, not completed. */
  private static Set<Long> activatedNotCompleted() {
    Set<Long> jobs = new HashSet<>(durableJobs("ACTIVATED"));
    durableJobs("COMPLETED").forEach(jobs::remove);
    return jobs;
  }

  /** Timers created and not yet triggered or canceled: instance key by timer key. */
  private static Map<Long, Long> waitingTimers() {
    Set<Long> done = durable.entries(e -> e.is("TIMER", "TRIGGERED") || e.is("TIMER", "CANCELED"))
        .stream().map(Entry::key).collect(toSet());
    return durable.entries("TIMER", "CREATED").stream().filter(e -> !done.contains(e.key()))
        .collect(toMap(Entry::key, e -> e.longField("processInstanceKey")));
  }

  private static <T> List<T> unacknowledged(List<T> durableKeys, Collection<T> acked) {
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
      engine = Engine.start(EngineConfiguration.of(
          LoadGenerator.dataSource(copyOfTheCrashedFiles(restartDirectory))).withExporter(exporter));
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
      jobs = answer(engine.activateJobs(
          new EngineCommand.ActivateJobs(JOB_TYPE, "after-restart", timeout, 1000, List.of()), 0));
      all.addAll(jobs);
    } while (!jobs.isEmpty());
    return all;
  }

  private void completeAll(List<ActivatedJob> jobs) {
    // in slices, so that the engine's queue never pushes back
    for (int from = 0; from < jobs.size(); from += 500) {
      List<CompletableFuture<Object>> completions = jobs.subList(from, Math.min(from + 500,
              jobs.size())).stream()
          .map(job -> engine.execute(new EngineCommand.CompleteJob(job.key(), Map.of())))
          .toList();
      completions.forEach(CrashRecoveryTest::answer);
    }
  }

  /** Waits (bounded) for at least {@code count} records after the restart that match. */
  private List<Record> awaitRecords(Predicate<Record> filter, int count) {
    Predicate<Record> afterRestart = r -> r.position() > durable.lastPosition();
    await().atMost(BOUND).pollInterval(Duration.ofMillis(10))
        .until(() -> exporter.records(afterRestart.and(filter)).size() >= count);
    return exporter.records(afterRestart.and(filter));
  }

  private static boolean isProcessCompleted(Record record) {
    return record.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED
        && ((ProcessInstanceRecord) record.value()).bpmnElementType() == BpmnElementType.PROCESS;
  }

  private static JobRecord jobOf(Record record) {
    return (JobRecord) record.value();
  }

  private static <T> T answer(CompletableFuture<T> future) {
    try {
      return future.get(BOUND.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Expected the engine to answer within " + BOUND, e);
    }
  }
}
