package org.tongxing.engine.exporter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongxing.engine.log.LogStore;
import org.tongxing.engine.record.Record;

/**
 * Feeds each exporter the committed records in order, on its own thread, and keeps its
 * acknowledged position durably. A failing exporter is retried with back-off and never blocks
 * the engine; at start-up each exporter catches up from its position by reading the log.
 */
public final class ExporterDirector implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ExporterDirector.class);
  private static final int MAX_RECORDS_PER_EXPORT = 2000;
  private static final long MAX_BACKOFF_MS = 30_000;

  private final List<ExporterRunner> runners = new ArrayList<>();

  public ExporterDirector(List<Exporter> exporters, LogStore log, DataSource dataSource) {
    ExporterPositions positions = new ExporterPositions(dataSource);
    for (Exporter exporter : exporters) {
      runners.add(new ExporterRunner(exporter, log, positions));
    }
  }

  public void start() {
    runners.forEach(ExporterRunner::start);
  }

  /** Hands freshly committed records to every exporter. Never blocks. */
  public void onCommitted(List<Record> records) {
    for (ExporterRunner runner : runners) {
      runner.queue.offer(records);
    }
  }

  /** The position each exporter has acknowledged, for health checks and tests. */
  public List<ExporterStatus> status() {
    return runners.stream()
        .map(r -> new ExporterStatus(r.exporter.id(), r.exportedPosition, r.lastError))
        .toList();
  }

  /** How far an exporter got, and its last error if it is failing now. */
  public record ExporterStatus(String exporterId, long position, String failure) {}

  @Override
  public void close() {
    runners.forEach(ExporterRunner::close);
  }

  private static final class ExporterRunner implements Runnable {
    private final Exporter exporter;
    private final LogStore log;
    private final ExporterPositions positions;
    private final LinkedBlockingQueue<List<Record>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running;
    private volatile long exportedPosition;
    private volatile String lastError;
    private long backoff = 100;

    ExporterRunner(Exporter exporter, LogStore log, ExporterPositions positions) {
      this.exporter = exporter;
      this.log = log;
      this.positions = positions;
      this.thread = new Thread(this, "tongxing-exporter-" + exporter.id());
      thread.setDaemon(true);
    }

    void start() {
      exportedPosition = positions.get(exporter.id());
      exporter.open();
      running = true;
      thread.start();
    }

    @Override
    public void run() {
      List<Record> pending = new ArrayList<>();
      boolean needsCatchUp = true;
      while (running) {
        try {
          if (pending.isEmpty()) {
            if (needsCatchUp) {
              long from = exportedPosition + 1;
              log.replay(from, pending::add);
              needsCatchUp = false;
            } else {
              List<Record> next = queue.poll(1, TimeUnit.SECONDS);
              if (next == null) {
                continue;
              }
              addAfterExported(pending, next);
              List<List<Record>> more = new ArrayList<>();
              queue.drainTo(more);
              more.forEach(batch -> addAfterExported(pending, batch));
              if (!pending.isEmpty() && pending.get(0).position() > exportedPosition + 1) {
                // records are missing from the queue (started before they were committed): read the log
                pending.clear();
                needsCatchUp = true;
                continue;
              }
            }
          }
          exportChunks(pending);
          backoff = 100;
          lastError = null;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (Exception e) {
          lastError = e.toString();
          LOG.warn("Exporter '{}' failed at position {}; retrying in {} ms", exporter.id(),
              exportedPosition + 1, backoff, e);
          sleep(backoff);
          backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
        }
      }
    }

    private void addAfterExported(List<Record> pending, List<Record> batch) {
      for (Record record : batch) {
        if (record.position() > exportedPosition
            && (pending.isEmpty() || record.position() > pending.get(pending.size() - 1).position())) {
          pending.add(record);
        }
      }
    }

    private void exportChunks(List<Record> pending) throws Exception {
      while (!pending.isEmpty()) {
        List<Record> chunk =
            new ArrayList<>(pending.subList(0, Math.min(MAX_RECORDS_PER_EXPORT, pending.size())));
        exporter.export(chunk);
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
