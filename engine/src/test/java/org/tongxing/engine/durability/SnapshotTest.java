package org.tongxing.engine.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.dmn.DecisionEngine;
import org.tongxing.engine.feel.ExpressionLanguage;
import org.tongxing.engine.model.transform.BpmnTransformer;
import org.tongxing.engine.record.IncidentIntent;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.state.appliers.EventAppliers;
import org.tongxing.engine.state.mutable.EngineState;
import org.tongxing.engine.state.snapshot.EngineSnapshot;
import org.tongxing.engine.state.snapshot.SnapshotCodec;
import org.tongxing.engine.util.EngineRule;

/**
 * Snapshots: the state restored from one equals the state the log replays to, and an engine
 * restarted from one carries on where it stopped, on a log compacted behind it.
 */
class SnapshotTest {

  private static final long DAY = Duration.ofDays(1).toMillis();

  @RegisterExtension final EngineRule engine = new EngineRule();

  /** Every record the engine wrote, across restarts. */
  private final List<Record> log = new ArrayList<>();

  @Test
  void shouldRestoreTheStateThatTheLogReplaysTo() {
    // given an engine holding a bit of everything
    runWorkload();
    awaitExported();
    log.addAll(engine.exporter().records());

    // when it stops cleanly (taking a snapshot) and starts again
    engine.restart();

    // then the snapshot holds exactly the state the whole log replays to
    EngineSnapshot stored = storedSnapshot();
    assertThat(stored.position()).isEqualTo(log.get(log.size() - 1).position());
    assertThat(stored.userTasks()).isNotEmpty();
    assertThat(stored.userTaskTransitions()).isNotEmpty();
    assertThat(stored.jobs()).isNotEmpty();
    assertThat(stored.timers()).isNotEmpty();
    assertThat(stored.incidents()).isNotEmpty();
    assertThat(stored.messages().messages()).isNotEmpty();
    assertThat(stored.elementInstances().waitingTokens()).isNotEmpty();
    assertThat(stored.elementInstances().deferredActivations()).isNotEmpty();
    assertThat(replayed(log, stored.position())).usingRecursiveComparison().isEqualTo(stored);

    // and restoring it and snapshotting again gives it back
    EngineState restored = new EngineState();
    appliers(restored).restore(stored);
    assertThat(restored.snapshot(stored.position())).usingRecursiveComparison().isEqualTo(stored);
  }

  @Test
  void shouldCarryOnAfterARestartFromASnapshotOnACompactedLog() throws SQLException {
    // given
    runWorkload();
    awaitExported();
    java.util.Set<Long> keysBefore =
        engine.exporter().records().stream()
            .map(Record::key)
            .collect(java.util.stream.Collectors.toSet());

    // when
    engine.restart();

    // then the log up to the snapshot is gone
    assertThat(count("SELECT COUNT(*) FROM engine_log")).isZero();

    // and everything that waited carries on: timers fire, jobs time out and come back
    engine.setClock(EngineRule.START_TIME + 3 * DAY);
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                engine
                        .exporter()
                        .records(
                            r ->
                                r.value()
                                        instanceof
                                        org.tongxing.engine.record.ProcessInstanceRecord p
                                    && p.elementId().equals("reminded")
                                    && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED)
                        .size()
                    == 3);
    List<ActivatedJob> jobs = engine.activateJobs("snapshot-work");
    assertThat(jobs).hasSize(3);
    jobs.forEach(
        job ->
            EngineRule.await(
                engine.engine().execute(new EngineCommand.CompleteJob(job.key(), Map.of()))));
    // the approval's second listener runs, and its task completes with the first's correction
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.CompleteJob(
                    engine.activateJobs("snapshot-record").get(0).key(), Map.of())));
    Record approved = engine.awaitRecord(r -> r.intent() == UserTaskIntent.COMPLETED);
    assertThat(((UserTaskRecord) approved.value()).priority()).isEqualTo(70);
    UserTaskRecord task = storedSnapshot().userTasks().get(1);
    EngineRule.await(
        engine
            .engine()
            .execute(new EngineCommand.CompleteUserTask(task.userTaskKey(), Map.of(), null)));
    EngineRule.await(
        engine
            .engine()
            .publishMessage(
                new EngineCommand.PublishMessage("snapshot-paid", "A-1", 0, "", Map.of())));
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                engine
                        .exporter()
                        .records(
                            r ->
                                r.key() == task.processInstanceKey()
                                    && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED)
                        .size()
                    == 1);
    // new keys come after the old ones
    assertThat(
            engine.exporter().records().stream()
                .map(Record::key)
                .filter(key -> !keysBefore.contains(key))
                .mapToLong(Long::longValue)
                .min()
                .orElseThrow())
        .isGreaterThan(keysBefore.stream().mapToLong(Long::longValue).max().orElseThrow());

    // and a second restart replays the snapshot plus the log after it
    awaitExported();
    engine.restart();
    assertThat(storedSnapshot().userTasks()).hasSize(2);
  }

  @Test
  void shouldSnapshotAndCompactTheLogWhileTheWriterGoesOn() throws SQLException {
    // given an engine that snapshots every 50 records
    EngineRule frequent =
        engine.withSnapshots(new org.tongxing.engine.SnapshotPolicy(Duration.ofHours(1), 50, true));
    frequent.restart();
    frequent.deploy(Bpmn.createExecutableProcess("snapshot-quick").startEvent().endEvent().done());

    // when instances keep coming
    for (int i = 0; i < 60; i++) {
      frequent.createInstance("snapshot-quick", Map.of());
    }

    // then every instance ran, snapshots were stored and the log behind them deleted
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                frequent
                        .exporter()
                        .records(
                            r ->
                                r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                                    && r.value()
                                        instanceof
                                        org.tongxing.engine.record.ProcessInstanceRecord p
                                    && p.elementId().equals("snapshot-quick"))
                        .size()
                    == 60);
    // (each snapshot compacts up to what the exporter had then, and one is due only after the
    // previous is stored: so the instances keep coming while we look)
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              frequent.createInstance("snapshot-quick", Map.of());
              return count("SELECT COALESCE(MIN(first_position), 0) FROM engine_log") > 300;
            });
    assertThat(storedSnapshot().position()).isGreaterThan(300);
  }

  /** Instances waiting in as many ways as the engine knows. */
  private void runWorkload() {
    engine.deploy(
        Bpmn.createExecutableProcess("snapshot-wait")
            .startEvent()
            .parallelGateway("fork")
            .userTask("review", t -> t.zeebeUserTask().zeebeCandidateGroups("dpf"))
            .parallelGateway("join")
            .endEvent()
            .moveToNode("fork")
            .serviceTask("work", t -> t.zeebeJobType("snapshot-work"))
            .boundaryEvent("deadline", b -> b.timerWithDuration("P2D").cancelActivity(false))
            .endEvent("reminded")
            .moveToActivity("work")
            .receiveTask("paid")
            .message(m -> m.name("snapshot-paid").zeebeCorrelationKeyExpression("applicationId"))
            .connectTo("join")
            .moveToNode("fork")
            .connectTo("join")
            .done());
    engine.deploy(
        Bpmn.createExecutableProcess("snapshot-broken")
            .startEvent()
            .exclusiveGateway("decide")
            .sequenceFlowId("big")
            .conditionExpression("= amount > 1000")
            .endEvent("big-end")
            .moveToLastExclusiveGateway()
            .sequenceFlowId("small")
            .conditionExpression("= amount <= 1000")
            .endEvent("small-end")
            .done());
    engine.deploy(
        Bpmn.createExecutableProcess("snapshot-listened")
            .zeebeStartExecutionListener("snapshot-open")
            .startEvent()
            .endEvent()
            .done());
    engine.deploy(
        Bpmn.createExecutableProcess("snapshot-started")
            .startEvent("byMessage")
            .message("snapshot-apply")
            .endEvent()
            .done());
    engine.deploy(
        Bpmn.createExecutableProcess("snapshot-signal")
            .startEvent()
            .intermediateCatchEvent("stop", e -> e.signal("snapshot-stop"))
            .endEvent()
            .done());
    engine.deploy(
        Bpmn.createExecutableProcess("snapshot-approve")
            .startEvent()
            .userTask(
                "approve",
                t ->
                    t.zeebeUserTask()
                        .zeebeTaskListener(l -> l.completing().type("snapshot-check"))
                        .zeebeTaskListener(l -> l.completing().type("snapshot-record")))
            .endEvent()
            .done());
    for (int i = 0; i < 3; i++) {
      engine.createInstance("snapshot-wait", Map.of("applicationId", "\"A-" + i + "\""));
    }
    engine.createInstance("snapshot-broken", Map.of());
    engine.createInstance("snapshot-listened", Map.of());
    engine.createInstance("snapshot-signal", Map.of());
    EngineRule.await(
        engine
            .engine()
            .publishMessage(
                new EngineCommand.PublishMessage(
                    "nobody-waits", "X", 60_000, "m-1", Map.of("x", "1"))));
    // one job activated, one failed with a back-off
    List<ActivatedJob> jobs = engine.activateJobs("snapshot-work");
    EngineRule.await(
        engine
            .engine()
            .execute(new EngineCommand.FailJob(jobs.get(1).key(), 2, "later", 60_000, Map.of())));
    engine.awaitRecord(r -> r.intent() == IncidentIntent.CREATED);
    Awaitility.await()
        .until(
            () -> engine.exporter().records(r -> r.intent() == UserTaskIntent.CREATED).size() == 3);
    // a completion whose second task listener has yet to run, the first one's correction kept
    engine.createInstance("snapshot-approve", Map.of());
    long approval =
        engine
            .awaitRecord(
                r ->
                    r.intent() == UserTaskIntent.CREATED
                        && ((UserTaskRecord) r.value()).elementId().equals("approve"))
            .key();
    engine.engine().execute(new EngineCommand.CompleteUserTask(approval, Map.of(), null));
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.CompleteJob(
                    engine.activateJobs("snapshot-check").get(0).key(),
                    Map.of(),
                    new EngineCommand.UserTaskJobResult(
                        false,
                        "",
                        new EngineCommand.Corrections(null, null, null, null, null, 70)))));
    engine.awaitRecord(r -> r.intent() == UserTaskIntent.CORRECTED);
  }

  private void awaitExported() {
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              var status = engine.engine().exporterStatus();
              long last =
                  engine.exporter().records().stream().mapToLong(Record::position).max().orElse(0);
              return !status.isEmpty() && status.get(0).position() >= last && last > 0;
            });
  }

  private EngineSnapshot storedSnapshot() {
    try (Connection connection = engine.dataSource().getConnection();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery("SELECT data FROM engine_snapshot ORDER BY position DESC")) {
      assertThat(rows.next()).as("a stored snapshot").isTrue();
      return new SnapshotCodec().decode(rows.getBytes(1));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = engine.dataSource().getConnection();
        ResultSet rows = connection.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static EngineSnapshot replayed(List<Record> records, long position) {
    EngineState state = new EngineState();
    state.undoLog().setRecording(false);
    EventAppliers appliers = appliers(state);
    records.stream().filter(r -> r.position() <= position).forEach(appliers::apply);
    return state.snapshot(position);
  }

  private static EventAppliers appliers(EngineState state) {
    ExpressionLanguage feel =
        new ExpressionLanguage(() -> EngineRule.START_TIME, ZoneId.of("Asia/Shanghai"));
    return new EventAppliers(state, new BpmnTransformer(feel), new DecisionEngine());
  }
}
