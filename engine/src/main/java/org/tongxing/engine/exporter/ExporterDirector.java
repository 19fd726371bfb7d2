package org.tongxing.engine.exporter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongxing.engine.log.LogStore;
import org.tongxing.engine.record.Record;

/**
 * Feeds each exporter the committed records in order, on its own thread, and keeps its acknowledged
 * position durably. A failing exporter is retried with back-off and never blocks the engine. Fresh
 * records wait in a bounded queue; when an exporter falls further behind than that (it fails for
 * long, or is slow), the queue is dropped and the exporter catches up from the log, chunk by chunk,
 * as it does at start-up from its position.
 */
public final class ExporterDirector implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ExporterDirector.class);
  private static final long MAX_BACKOFF_MS = 30_000;

  /** Records an exporter may have waiting in memory before it reads them from the log. */
  static final int DEFAULT_MAX_QUEUED_RECORDS = 100_000;

  private final List<ExporterRunner> runners = new ArrayList<>();
  private final AtomicLong committedPosition = new AtomicLong();
  private final LogStore log;
  private final ExportFlowControl flowControl;

  /**
   * @param maxExportDelay how far behind an exporter may fall before the writer slows down to its
   *     rate ({@link ExportFlowControl}); zero or null: never
   */
  public ExporterDirector(
      List<Exporter> exporters, LogStore log, DataSource dataSource, Duration maxExportDelay) {
    this(exporters, log, dataSource, DEFAULT_MAX_QUEUED_RECORDS, maxExportDelay);
  }

  ExporterDirector(
      List<Exporter> exporters,
      LogStore log,
      DataSource dataSource,
      int maxQueuedRecords,
      Duration maxExportDelay) {
    this.log = log;
    ExporterPositions positions = new ExporterPositions(dataSource);
    for (Exporter exporter : exporters) {
      runners.add(new ExporterRunner(exporter, log, positions, maxQueuedRecords));
    }
    this.flowControl =
        new ExportFlowControl(
            maxExportDelay,
            new ExportFlowControl.Exporters() {
              @Override
              public int count() {
                return runners.size();
              }

              @Override
              public long exportedPosition(int i) {
                return runners.get(i).exportedPosition;
              }

              @Override
              public boolean failing(int i) {
                return runners.get(i).failingSince != 0;
              }

              @Override
              public long exportedRecords(int i) {
                return runners.get(i).exportedRecords;
              }

              @Override
              public long exportNanos(int i) {
                return runners.get(i).exportNanos;
              }

              @Override
              public int chunkSize(int i) {
                return runners.get(i).exporter.maxRecordsPerExport();
              }
            });
  }

  /** The writer's flow control: it slows down to the rate of an exporter that fell behind. */
  public ExportFlowControl flowControl() {
    return flowControl;
  }

  public void start() {
    committedPosition.accumulateAndGet(log.lastPosition(), Math::max);
    runners.forEach(ExporterRunner::start);
  }

  /** Hands freshly committed records to every exporter. Never blocks. */
  public void onCommitted(List<Record> records) {
    if (records.isEmpty()) {
      return;
    }
    long last = records.get(records.size() - 1).position();
    committedPosition.accumulateAndGet(last, Math::max);
    flowControl.committed(last, records.size(), System.nanoTime());
    for (ExporterRunner runner : runners) {
      runner.offer(records);
    }
  }

  /** How far each exporter got, for health checks and tests. */
  public List<ExporterStatus> status() {
    long committed = committedPosition.get();
    return runners.stream()
        .map(
            r ->
                new ExporterStatus(
                    r.exporter.id(),
                    r.exportedPosition,
                    Math.max(0, committed - r.exportedPosition),
                    r.lastError,
                    r.failingSince == 0 ? null : Instant.ofEpochMilli(r.failingSince),
                    r.queueDrops.get()))
        .toList();
  }

  /**
   * How far an exporter got.
   *
   * @param position the last record it acknowledged
   * @param lag how many committed records it has not acknowledged yet
   * @param failure its last error while it is failing, else null
   * @param failingSince when it started failing, else null
   * @param queueDrops how often it fell so far behind that its queue was dropped
   */
  public record ExporterStatus(
      String exporterId,
      long position,
      long lag,
      String failure,
      Instant failingSince,
      long queueDrops) {}

  @Override
  public void close() {
    runners.forEach(ExporterRunner::close);
  }

  /** A failure of the exporter while the log is streamed to it. */
  private static final class ExportFailure extends RuntimeException {
    ExportFailure(Exception cause) {
      super(cause);
    }
  }

  private static final class ExporterRunner implements Runnable {
    private final Exporter exporter;
    private final LogStore log;
    private final ExporterPositions positions;
    private final int maxQueuedRecords;
    private final LinkedBlockingQueue<List<Record>> queue = new LinkedBlockingQueue<>();
    private final AtomicLong queuedRecords = new AtomicLong();
    private final AtomicLong queueDrops = new AtomicLong();

    /** Set by the writer when it stopped queueing; the exporter reads the log instead. */
    private volatile boolean dropped;

    private final Thread thread;
    private volatile boolean running;
    private volatile long exportedPosition;

    /** Records stored and the time spent storing them: the exporter's rate, for flow control. */
    private volatile long exportedRecords;

    private volatile long exportNanos;
    private volatile String lastError;
    private volatile long failingSince;
    private long backoff = 100;

    ExporterRunner(
        Exporter exporter, LogStore log, ExporterPositions positions, int maxQueuedRecords) {
      this.exporter = exporter;
      this.log = log;
      this.positions = positions;
      this.maxQueuedRecords = maxQueuedRecords;
      this.thread = new Thread(this, "tongxing-exporter-" + exporter.id());
      thread.setDaemon(true);
    }

    void start() {
      exportedPosition = positions.get(exporter.id());
      exporter.open();
      running = true;
      thread.start();
    }

    /** Called by the writer: queues the records, or drops them when too many wait. */
    void offer(List<Record> records) {
      if (dropped) {
        return;
      }
      if (queuedRecords.addAndGet(records.size()) > maxQueuedRecords) {
        dropped = true;
        queueDrops.incrementAndGet();
        queue.offer(List.of()); // wakes the exporter to read the log
        return;
      }
      queue.offer(records);
    }

    @Override
    public void run() {
      List<Record> pending = new ArrayList<>();
      boolean needsCatchUp = true;
      while (running) {
        try {
          if (dropped) {
            // too far behind: forget what waits in memory, the log has it all
            queue.clear();
            queuedRecords.set(0);
            pending.clear();
            dropped = false;
            needsCatchUp = true;
          }
          if (needsCatchUp) {
            pending.clear();
            catchUp();
            needsCatchUp = false;
            succeeded();
            continue;
          }
          if (pending.isEmpty()) {
            List<Record> next = queue.poll(1, TimeUnit.SECONDS);
            if (next == null) {
              continue;
            }
            take(pending, next);
            List<List<Record>> more = new ArrayList<>();
            queue.drainTo(more);
            more.forEach(batch -> take(pending, batch));
            if (!pending.isEmpty() && pending.get(0).position() > exportedPosition + 1) {
              // records are missing from the queue (committed before it started): read the log
              needsCatchUp = true;
              continue;
            }
          }
          exportChunks(pending);
          succeeded();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (Exception e) {
          Throwable cause = e instanceof ExportFailure ? e.getCause() : e;
          if (failingSince == 0) {
            failingSince = System.currentTimeMillis();
          }
          lastError = cause.toString();
          LOG.warn(
              "Exporter '{}' failed at position {}; retrying in {} ms",
              exporter.id(),
              exportedPosition + 1,
              backoff,
              cause);
          if (e instanceof ExportFailure) {
            needsCatchUp = true; // the log is read again from the position
          }
          sleep(backoff);
          backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
        }
      }
    }

    private void succeeded() {
      backoff = 100;
      lastError = null;
      failingSince = 0;
    }

    /** Streams the log after the exported position to the exporter, a chunk at a time. */
    private void catchUp() {
      List<Record> chunk = new ArrayList<>();
      log.replay(
          exportedPosition + 1,
          record -> {
            chunk.add(record);
            if (chunk.size() >= exporter.maxRecordsPerExport()) {
              exportStreamed(chunk);
            }
          });
      exportStreamed(chunk);
    }

    private void exportStreamed(List<Record> chunk) {
      try {
        exportChunks(chunk);
      } catch (Exception e) {
        throw new ExportFailure(e);
      }
    }

    private void take(List<Record> pending, List<Record> batch) {
      queuedRecords.addAndGet(-batch.size());
      for (Record record : batch) {
        if (record.position() > exportedPosition
            && (pending.isEmpty()
                || record.position() > pending.get(pending.size() - 1).position())) {
          pending.add(record);
        }
      }
    }

    private void exportChunks(List<Record> pending) throws Exception {
      while (!pending.isEmpty()) {
        List<Record> chunk =
            new ArrayList<>(
                pending.subList(0, Math.min(exporter.maxRecordsPerExport(), pending.size())));
        long started = System.nanoTime();
        exporter.export(chunk);
        exportNanos += System.nanoTime() - started;
        exportedRecords += chunk.size();
        long position = chunk.get(chunk.size() - 1).position();
        positions.set(exporter.id(), position);
        exportedPosition = position;
        pending.subList(0, chunk.size()).clear();
      }
    }

    private void sleep(long ms) {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      }
    }

    void close() {
      running = false;
      // woken, not interrupted: an interrupt during file I/O closes H2's file channel
      queue.offer(List.of());
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exporter.close();
    }
  }
}
