package org.tongxing.benchmarks;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps up to {@code limit} asynchronous commands outstanding. The engine batches concurrent
 * commands into one log write, so throughput needs many in flight, not a loop of {@code join()}.
 * The first failure stops the run: a benchmark that loses commands measures nothing.
 */
public final class InFlight {

  private final int limit;
  private final Semaphore permits;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  public InFlight(int limit) {
    this.limit = limit;
    this.permits = new Semaphore(limit);
  }

  /** Waits for a free slot, then sends the command; {@code onSuccess} sees its answer. */
  public <T> void submit(Supplier<? extends CompletionStage<T>> command, Consumer<T> onSuccess) {
    throwIfFailed();
    permits.acquireUninterruptibly();
    CompletionStage<T> answer;
    try {
      answer = command.get();
    } catch (RuntimeException e) {
      permits.release();
      throw e;
    }
    answer.whenComplete(
        (result, error) -> {
          try {
            if (error != null) {
              failure.compareAndSet(null, error);
            } else {
              onSuccess.accept(result);
            }
          } finally {
            permits.release();
          }
        });
  }

  /** Waits (bounded) until every command sent has been answered. */
  public void awaitAll(Duration timeout) throws InterruptedException {
    if (!permits.tryAcquire(limit, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(
          "Expected every command to be answered within "
              + timeout
              + ", but "
              + (limit - permits.availablePermits())
              + " are still outstanding");
    }
    permits.release(limit);
    throwIfFailed();
  }

  private void throwIfFailed() {
    Throwable error = failure.get();
    if (error != null) {
      throw new IllegalStateException("Expected every command to succeed, but one failed", error);
    }
  }
}
