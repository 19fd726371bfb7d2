package org.tongxing.benchmarks.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.tongxing.engine.exporter.Exporter;
import org.tongxing.engine.record.Record;

/**
 * Feeds copies of a {@link RecordedCase} to an exporter in log order, in the exporter's own chunk
 * size, as the engine's exporter director would: each case's opening, and the closing of a case
 * {@link #CLOSING_LAG} cases earlier (so a completion reaches rows and documents written chunks
 * before, as in the city). One thread copies and decodes the records, the caller's exports them.
 */
final class CaseSeeding {

  /** A case is completed this many cases after it opened. */
  static final int CLOSING_LAG = 1_000;

  /** The attributes of case {@code n}. */
  interface Cases {
    long start(int n);

    long end(int n);

    String applicationId(int n);

    String county(int n);

    String department(int n);
  }

  private CaseSeeding() {}

  /**
   * Exports copies {@code 0 .. count-1}, the first {@code completed} of them closed too, with
   * positions from {@code firstPosition}; answers how many records were exported.
   */
  static long seed(
      RecordedCase recorded,
      Cases cases,
      int count,
      int completed,
      long firstPosition,
      Exporter exporter)
      throws Exception {
    BlockingQueue<List<Record>> chunks = new ArrayBlockingQueue<>(4);
    int chunkSize = exporter.maxRecordsPerExport();
    Throwable[] failure = new Throwable[1];
    Thread producer =
        new Thread(
            () -> {
              try {
                List<Record> chunk = new ArrayList<>(chunkSize);
                long position = firstPosition;
                for (int n = 0; n < count + CLOSING_LAG; n++) {
                  List<Record> records = new ArrayList<>();
                  if (n < count) {
                    records.addAll(
                        recorded.opening(
                            n,
                            cases.start(n),
                            cases.applicationId(n),
                            cases.county(n),
                            cases.department(n)));
                  }
                  int closed = n - CLOSING_LAG;
                  if (closed >= 0 && closed < completed) {
                    records.addAll(
                        recorded.closing(closed, cases.start(closed), cases.end(closed)));
                  }
                  for (Record record : records) {
                    chunk.add(
                        new Record(
                            position++,
                            record.timestamp(),
                            record.key(),
                            record.intent(),
                            record.value()));
                    if (chunk.size() == chunkSize) {
                      chunks.put(chunk);
                      chunk = new ArrayList<>(chunkSize);
                    }
                  }
                }
                if (!chunk.isEmpty()) {
                  chunks.put(chunk);
                }
              } catch (InterruptedException e) {
                // the export failed: stop copying
              } catch (Throwable e) {
                failure[0] = e;
              }
            },
            "bench-seed-records");
    producer.start();
    long exported = 0;
    try {
      while (true) {
        List<Record> chunk = chunks.poll(1, TimeUnit.SECONDS);
        if (chunk == null) {
          if (!producer.isAlive() && chunks.isEmpty()) {
            break;
          }
          continue;
        }
        exporter.export(chunk);
        exported += chunk.size();
      }
    } finally {
      producer.interrupt();
      producer.join();
    }
    if (failure[0] != null) {
      throw new IllegalStateException("Expected to copy the recorded case, but failed", failure[0]);
    }
    return exported;
  }
}
