package org.tongxing.engine.processing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.feel.ExpressionLanguage;
import org.tongxing.engine.log.LogReadAhead;
import org.tongxing.engine.log.LogStore;
import org.tongxing.engine.model.transform.BpmnTransformer;
import org.tongxing.engine.record.Intent;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.record.RecordValue;
import org.tongxing.engine.state.appliers.EventAppliers;
import org.tongxing.engine.state.mutable.EngineState;
import org.tongxing.engine.state.snapshot.Snapshots;

/**
 * The engine's single writer. Takes commands from a queue, processes them in batches (each command
 * with all its follow-ups is one atomic unit), appends the batch's events to the log in one commit,
 * and only then answers the commands: an answer means the effects are durable.
 *
 * <p>Invariant: the in-memory state equals the log replayed. A rejected command or a failed unit is
 * rolled back through the undo log; a failed log write rolls back the whole batch.
 */
public final class StreamProcessor implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StreamProcessor.class);
  private static final int MAX_BATCH_COMMANDS = 256;
  private static final long MAX_IDLE_WAIT_MS = 1000;
  private static final int MAX_DUE_TIMERS = 1000;

  /** The longest the writer waits at once for flow control before it looks again. */
  private static final long MAX_WRITE_PAUSE_NANOS = 100_000_000L;

  private record Pending(Object command, CompletableFuture<Object> future) {}

  /** Wakes the writer to notice that it should stop; processing it does nothing. */
  private static final Object WAKE_UP = new Object();

  private final EngineState state;
  private final EventAppliers appliers;
  private final LogStore log;
  private final CommandProcessors processors;
  private final StateView view;
  private final EngineClock clock;
  private final Consumer<List<Record>> committedListener;
  private final java.util.function.LongUnaryOperator writePause;
  private final BlockingQueue<Pending> queue;
  private final Thread thread;
  private final Snapshots snapshots;
  private volatile boolean running;

  /** The writer stopped on an Error: the state may be half-changed, never snapshot it. */
  private volatile boolean broken;

  private final List<Record> batch = new ArrayList<>();

  /** Requests waiting for a process instance to end (transient: gone after a restart). */
  private final KeyedWaiters<java.util.Map<String, String>> processEndWaiters =
      new KeyedWaiters<>();

  /** User task commands waiting for their transition's task listeners (transient too). */
  private final KeyedWaiters<Object> userTaskWaiters = new KeyedWaiters<>();

  /** Instance ends of the batch, told to their waiters once the batch is durable. */
  private final List<Runnable> afterCommit = new ArrayList<>();

  private long nextPosition = 1;
  private long dueCheckFailedUntil = Long.MIN_VALUE;

  public StreamProcessor(
      EngineState state,
      LogStore log,
      ExpressionLanguage expressionLanguage,
      BpmnTransformer transformer,
      org.tongxing.engine.dmn.DecisionEngine decisions,
      EngineClock clock,
      java.time.ZoneId zone,
      int queueCapacity,
      Consumer<List<Record>> committedListener,
      java.util.function.LongUnaryOperator writePause,
      Snapshots snapshots) {
    this.state = state;
    this.log = log;
    this.appliers = new EventAppliers(state, transformer, decisions);
    this.processors = new CommandProcessors(expressionLanguage, transformer, decisions, zone);
    this.view = new StateView(state);
    this.clock = clock;
    this.committedListener = committedListener;
    this.writePause = writePause;
    this.queue = new ArrayBlockingQueue<>(queueCapacity);
    this.thread = new Thread(this::run, "tongxing-engine-writer");
    this.snapshots = snapshots;
  }

  /**
   * Rebuilds the state, from the latest snapshot and the log after it, then starts taking commands.
   */
  public void start() {
    state.undoLog().setRecording(false);
    long started = System.nanoTime();
    long snapshotPosition = snapshots.latestPosition();
    long[] last = {snapshotPosition};
    long restored;
    // the log after the snapshot is read and decoded while the snapshot is restored
    try (LogReadAhead records = log.readFrom(snapshotPosition + 1)) {
      long restoredPosition = snapshots.restore(state, appliers);
      if (restoredPosition != snapshotPosition) {
        throw new IllegalStateException(
            "Expected to restore the snapshot at position "
                + snapshotPosition
                + ", but restored the one at "
                + restoredPosition
                + ": is another engine writing to this database?");
      }
      restored = System.nanoTime();
      records.forEach(
          record -> {
            appliers.apply(record);
            last[0] = record.position();
          });
    }
    state.undoLog().setRecording(true);
    LOG.info(
        "Recovered the state in {} ms: a snapshot at position {} in {} ms, then {} records"
            + " of the log in {} ms",
        (System.nanoTime() - started) / 1_000_000,
        snapshotPosition,
        (restored - started) / 1_000_000,
        last[0] - snapshotPosition,
        (System.nanoTime() - restored) / 1_000_000);
    nextPosition = last[0] + 1;
    running = true;
    thread.start();
  }

  public CompletableFuture<Object> submit(Object command) {
    CompletableFuture<Object> future = new CompletableFuture<>();
    if (!running) {
      future.completeExceptionally(
          new CommandRejectedException(
              RejectionType.UNAVAILABLE, "Expected a running engine," + " but it is stopped"));
      return future;
    }
    if (!queue.offer(new Pending(command, future))) {
      future.completeExceptionally(
          new CommandRejectedException(
              RejectionType.UNAVAILABLE,
              "Expected the engine to accept the command, but its queue is full (back pressure);"
                  + " retry later"));
    }
    return future;
  }

  private void run() {
    List<Pending> units = new ArrayList<>(MAX_BATCH_COMMANDS);
    while (running) {
      try {
        // flow control: an exporter fell behind, the writer writes at its rate for a while
        long pause = writePause.applyAsLong(System.nanoTime());
        if (pause > 0) {
          java.util.concurrent.locks.LockSupport.parkNanos(Math.min(pause, MAX_WRITE_PAUSE_NANOS));
          continue;
        }
        Pending first = queue.poll(idleWait(), TimeUnit.MILLISECONDS);
        if (first != null) {
          units.add(first);
          queue.drainTo(units, MAX_BATCH_COMMANDS - 1);
        }
        processBatch(units);
        snapshots.maybeTake(state, nextPosition - 1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (Throwable e) {
        LOG.error(
            "The engine writer failed on a batch; its commands were answered with an error", e);
        for (Pending unit : units) {
          unit.future()
              .completeExceptionally(
                  new CommandRejectedException(
                      RejectionType.PROCESSING_ERROR,
                      "Expected to process the command, but the engine failed: " + e));
        }
        if (e instanceof Error) {
          // the state may be half-changed and the JVM unwell: stop rather than go on wrongly
          LOG.error(
              "The engine writer stops after {}; restart the engine to replay its log",
              e.toString());
          broken = true;
          running = false;
        }
      } finally {
        units.clear();
      }
    }
    for (Pending pending : queue) {
      pending
          .future()
          .completeExceptionally(
              new CommandRejectedException(RejectionType.UNAVAILABLE, "The engine is stopping"));
    }
  }

  /** Sleeps until the next due date (job deadline, back-off end, timer), at most a second. */
  private long idleWait() {
    long now = clock.now();
    long nextDue = state.nextDueDate();
    if (nextDue <= now) {
      return dueCheckFailedUntil > clock.systemNow() ? MAX_IDLE_WAIT_MS : 0;
    }
    return Math.max(1, Math.min(MAX_IDLE_WAIT_MS, nextDue - now));
  }

  private void processBatch(List<Pending> units) {
    List<Object> responses = new ArrayList<>(units.size());
    units.removeIf(unit -> unit.command() == WAKE_UP);
    for (Pending unit : units) {
      responses.add(processUnit(unit.command()));
    }
    processDueDates();
    if (!batch.isEmpty()) {
      try {
        log.append(batch);
      } catch (RuntimeException e) {
        LOG.error(
            "Expected to write {} records to the log, but failed; rolling back the batch",
            batch.size(),
            e);
        state.undoLog().rollbackTo(0);
        nextPosition = batch.get(0).position();
        batch.clear();
        afterCommit.clear();
        for (Pending unit : units) {
          unit.future()
              .completeExceptionally(
                  new CommandRejectedException(
                      RejectionType.UNAVAILABLE,
                      "Expected to make the command durable, but the engine's database failed: "
                          + e.getMessage()));
        }
        return;
      }
    }
    state.undoLog().clear();
    afterCommit.forEach(Runnable::run);
    afterCommit.clear();
    for (int i = 0; i < units.size(); i++) {
      Object response = responses.get(i);
      CompletableFuture<Object> future = units.get(i).future();
      if (response instanceof Failure failure) {
        future.completeExceptionally(failure.exception());
      } else if (response instanceof Later later) {
        later
            .answer()
            .whenComplete(
                (value, error) -> {
                  if (error != null) {
                    future.completeExceptionally(error);
                  } else {
                    future.complete(value);
                  }
                });
      } else {
        future.complete(response);
      }
    }
    if (!batch.isEmpty()) {
      List<Record> committed = List.copyOf(batch);
      batch.clear();
      committedListener.accept(committed);
    }
  }

  /**
   * Jobs that timed out or whose back-off ended, expired messages, then each due timer as a unit of
   * its own.
   */
  private void processDueDates() {
    long now = clock.now();
    if (state.nextDueDate() > now || dueCheckFailedUntil > clock.systemNow()) {
      return;
    }
    boolean failed = false;
    if (Math.min(state.jobs().nextDeadline(), state.jobs().nextBackoffEnd()) <= now) {
      failed = processUnit(new InternalCommand.CheckJobDueDates()) instanceof Failure;
    }
    if (state.messages().nextDeadline() <= now) {
      failed |= processUnit(new InternalCommand.ExpireMessages()) instanceof Failure;
    }
    List<Long> dueTimers = new ArrayList<>();
    state.timers().forEachDue(now, key -> dueTimers.add(key) && dueTimers.size() < MAX_DUE_TIMERS);
    for (long timer : dueTimers) {
      failed |= processUnit(new InternalCommand.TriggerTimer(timer)) instanceof Failure;
    }
    // a failing due item would otherwise be retried in a busy loop
    dueCheckFailedUntil = failed ? clock.systemNow() + MAX_IDLE_WAIT_MS : Long.MIN_VALUE;
  }

  private record Failure(RuntimeException exception) {}

  /** The command is answered when something later happens (a user task's listeners ran). */
  private record Later(CompletableFuture<Object> answer) {}

  /** Processes a command and its follow-ups atomically; answers the response or a Failure. */
  private Object processUnit(Object command) {
    int undoMark = state.undoLog().mark();
    int batchMark = batch.size();
    int afterCommitMark = afterCommit.size();
    long positionMark = nextPosition;
    UnitContext context = new UnitContext(clock.now());
    try {
      processors.process(command, context);
      while (!context.followUps.isEmpty()) {
        processors.process(context.followUps.poll(), context);
      }
      return context.response;
    } catch (CommandRejectedException rejection) {
      rollback(undoMark, batchMark, positionMark, afterCommitMark, context);
      return new Failure(rejection);
    } catch (RuntimeException e) {
      rollback(undoMark, batchMark, positionMark, afterCommitMark, context);
      LOG.error("Failed to process {}; nothing of it was applied", command, e);
      return new Failure(
          new CommandRejectedException(
              RejectionType.PROCESSING_ERROR,
              "Expected to process "
                  + command.getClass().getSimpleName()
                  + ", but the engine failed: "
                  + e));
    }
  }

  private void rollback(
      int undoMark, int batchMark, long positionMark, int afterCommitMark, UnitContext context) {
    state.undoLog().rollbackTo(undoMark);
    batch.subList(batchMark, batch.size()).clear();
    afterCommit.subList(afterCommitMark, afterCommit.size()).clear();
    context.registeredWaiters.forEach(processEndWaiters::forget);
    context.registeredTaskWaiters.forEach(userTaskWaiters::forget);
    nextPosition = positionMark;
  }

  /**
   * Stops after the batch in progress. The thread is woken, not interrupted: an interrupt during
   * file I/O would close the database's file channel (H2 keeps one per database).
   */
  @Override
  public void close() {
    running = false;
    queue.offer(new Pending(WAKE_UP, new CompletableFuture<>()));
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!thread.isAlive() && !broken && nextPosition > 1) {
      // the writer has stopped: a snapshot now makes the next start fast
      snapshots.take(state, nextPosition - 1);
    }
    snapshots.close();
  }

  /** The processing context of one unit: a command with its follow-ups. */
  private final class UnitContext implements ProcessingContext {
    private final long now;
    private final ArrayDeque<InternalCommand> followUps = new ArrayDeque<>();
    private final List<Long> registeredWaiters = new ArrayList<>();
    private final List<Long> registeredTaskWaiters = new ArrayList<>();
    private Object response;

    UnitContext(long now) {
      this.now = now;
    }

    @Override
    public StateView state() {
      return view;
    }

    @Override
    public long now() {
      return now;
    }

    @Override
    public long nextKey() {
      return state.nextKey();
    }

    @Override
    public void appendEvent(long key, Intent intent, RecordValue value) {
      Record record = new Record(nextPosition++, now, key, intent, value);
      appliers.apply(record);
      batch.add(record);
    }

    @Override
    public void followUp(InternalCommand command) {
      followUps.add(command);
    }

    @Override
    public void respond(Object response) {
      this.response = response;
    }

    @Override
    public boolean hasPendingActivationIn(long flowScopeKey) {
      return followUps.stream()
          .anyMatch(
              command ->
                  command instanceof InternalCommand.ActivateElement activate
                      && activate.template().flowScopeKey() == flowScopeKey);
    }

    @Override
    public CompletableFuture<java.util.Map<String, String>> awaitProcessEnd(
        long processInstanceKey) {
      registeredWaiters.add(processInstanceKey);
      return processEndWaiters.register(processInstanceKey);
    }

    @Override
    public void respondWhenTransitionEnds(long userTaskKey) {
      registeredTaskWaiters.add(userTaskKey);
      response = new Later(userTaskWaiters.register(userTaskKey));
    }

    @Override
    public void transitionEnded(
        long userTaskKey, Object answer, CommandRejectedException rejection) {
      if (!userTaskWaiters.isWaiting(userTaskKey)) {
        return;
      }
      afterCommit.add(
          () -> {
            var waiter = userTaskWaiters.take(userTaskKey);
            if (waiter == null) {
              return;
            }
            if (rejection != null) {
              waiter.completeExceptionally(rejection);
            } else {
              waiter.complete(answer);
            }
          });
    }

    @Override
    public void processEnded(
        long processInstanceKey, java.util.Map<String, String> variables, boolean completed) {
      if (!processEndWaiters.isWaiting(processInstanceKey)) {
        return;
      }
      afterCommit.add(
          () -> {
            var waiter = processEndWaiters.take(processInstanceKey);
            if (waiter == null) {
              return;
            }
            if (completed) {
              waiter.complete(variables);
            } else {
              waiter.completeExceptionally(
                  new CommandRejectedException(
                      RejectionType.INVALID_STATE,
                      "Expected process instance '"
                          + processInstanceKey
                          + "' to complete, but it was"
                          + " terminated"));
            }
          });
    }
  }
}
