package org.tongxing.engine.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.tongxing.engine.record.Record;

/**
 * Reads the log from a position on a thread of its own, decoding batches ahead of the one who
 * applies them, up to {@value #MAX_RECORDS_AHEAD} records: a restart uses two CPUs, and the reading
 * can start while the snapshot is still being restored.
 */
public final class LogReadAhead implements AutoCloseable {

  static final int MAX_RECORDS_AHEAD = 50_000;

  /** Marks the end of the log; a list of its own, never a decoded batch. */
  private static final List<Record> END = Collections.unmodifiableList(new ArrayList<>());

  private final long fromPosition;
  private final BlockingQueue<List<Record>> decoded = new LinkedBlockingQueue<>();
  private final Semaphore room = new Semaphore(MAX_RECORDS_AHEAD);
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private final Thread reader;
  private volatile boolean closed;

  LogReadAhead(long fromPosition, BatchSource source) {
    this.fromPosition = fromPosition;
    this.reader = new Thread(() -> read(source), "tongxing-log-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Where the batches come from: the log's rows from a position, decoded, in order. */
  interface BatchSource {
    void read(long fromPosition, Consumer<List<Record>> batches);
  }

  private void read(BatchSource source) {
    try {
      source.read(
          fromPosition,
          batch -> {
            int permits = Math.min(batch.size(), MAX_RECORDS_AHEAD);
            try {
              while (!room.tryAcquire(permits, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                  throw new CancellationException("the replay stopped");
                }
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new CancellationException("interrupted");
            }
            decoded.add(batch);
          });
    } catch (CancellationException e) {
      // the one applying stopped or failed: its error is the one to report
    } catch (RuntimeException e) {
      failure.set(e);
    } finally {
      decoded.add(END);
    }
  }

  /** Hands every record at or after the position to the consumer, in order. */
  public void forEach(Consumer<Record> consumer) {
    try {
      for (List<Record> batch = take(); batch != END; batch = take()) {
        for (Record record : batch) {
          if (record.position() >= fromPosition) {
            consumer.accept(record);
          }
        }
        room.release(Math.min(batch.size(), MAX_RECORDS_AHEAD));
      }
    } finally {
      close();
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  private List<Record> take() {
    try {
      return decoded.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LogStoreException("Expected to replay the log, but was interrupted", e);
    }
  }

  /** Stops reading; batches read ahead are dropped. */
  @Override
  public void close() {
    closed = true;
    decoded.clear();
  }
}
