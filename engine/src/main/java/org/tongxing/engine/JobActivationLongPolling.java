package org.tongxing.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand.ActivateJobs;

/**
 * Long polling for job activation: when no job of a type is there, the request waits (up to its
 * request timeout, in real time) until a job of that type becomes activatable, then tries again.
 *
 * <p>No wake-up is lost: each type has a generation counter that is bumped on every "jobs
 * available" signal; a request that found nothing re-checks the counter after parking.
 */
final class JobActivationLongPolling {

  private final Function<ActivateJobs, CompletableFuture<List<ActivatedJob>>> activate;
  private final ScheduledExecutorService timer;
  private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
  private final Map<String, List<Waiting>> waiting = new ConcurrentHashMap<>();

  private record Waiting(ActivateJobs command, CompletableFuture<List<ActivatedJob>> result) {}

  JobActivationLongPolling(
      Function<ActivateJobs, CompletableFuture<List<ActivatedJob>>> activate,
      ScheduledExecutorService timer) {
    this.activate = activate;
    this.timer = timer;
  }

  CompletableFuture<List<ActivatedJob>> activate(ActivateJobs command, long requestTimeoutMs) {
    CompletableFuture<List<ActivatedJob>> result = new CompletableFuture<>();
    if (requestTimeoutMs > 0) {
      var timeout = timer.schedule(() -> {
        unpark(command.type(), result);
        result.complete(List.of());
      }, requestTimeoutMs, TimeUnit.MILLISECONDS);
      result.whenComplete((jobs, error) -> timeout.cancel(false));
    }
    attempt(command, requestTimeoutMs > 0, result);
    return result;
  }

  private void attempt(
      ActivateJobs command, boolean longPolling, CompletableFuture<List<ActivatedJob>> result) {
    long generation = generation(command.type()).get();
    activate.apply(command).whenComplete((jobs, error) -> {
      if (error != null) {
        result.completeExceptionally(error);
      } else if (!jobs.isEmpty() || !longPolling) {
        result.complete(jobs);
      } else {
        park(command, result);
        if (generation(command.type()).get() != generation) {
          // jobs arrived while we were looking: look again
          unpark(command.type(), result);
          attempt(command, true, result);
        }
      }
    });
  }

  /** Jobs of the type became activatable: wake every request waiting for them. */
  void onJobsAvailable(String type) {
    generation(type).incrementAndGet();
    List<Waiting> woken;
    synchronized (this) {
      woken = waiting.remove(type);
    }
    if (woken != null) {
      for (Waiting w : woken) {
        if (!w.result().isDone()) {
          attempt(w.command(), true, w.result());
        }
      }
    }
  }

  private AtomicLong generation(String type) {
    return generations.computeIfAbsent(type, t -> new AtomicLong());
  }

  private synchronized void park(ActivateJobs command, CompletableFuture<List<ActivatedJob>> result) {
    if (!result.isDone()) {
      waiting.computeIfAbsent(command.type(), t -> new ArrayList<>()).add(new Waiting(command, result));
    }
  }

  private synchronized void unpark(String type, CompletableFuture<List<ActivatedJob>> result) {
    List<Waiting> list = waiting.get(type);
    if (list != null) {
      list.removeIf(w -> w.result() == result);
      if (list.isEmpty()) {
        waiting.remove(type);
      }
    }
  }
}
