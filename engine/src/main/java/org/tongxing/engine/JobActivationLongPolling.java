package org.tongxing.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand.ActivateJobs;

/**
 * Long polling for job activation: when no job of a type is there, the request waits (up to its
 * request timeout, in real time) until a job of that type becomes activatable, then tries again.
 *
 * <p>No wake-up is lost: each type has a generation counter that is bumped on every "jobs
 * available" signal; a request that found nothing re-checks the counter after parking.
 *
 * <p>No job is lost either: the request timeout applies only while the request is parked. An
 * activation already on its way to the writer is answered with what it activates; and jobs
 * activated for a request that can no longer take them are yielded back at once.
 */
final class JobActivationLongPolling {

  private final Function<ActivateJobs, CompletableFuture<List<ActivatedJob>>> activate;
  private final Consumer<List<ActivatedJob>> yieldJobs;
  private final ScheduledExecutorService timer;
  private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
  private final Map<String, List<Request>> parked = new ConcurrentHashMap<>();
  private volatile boolean stopped;

  /** One activation request and where it is: in flight to the writer, or parked. */
  private static final class Request {
    final ActivateJobs command;
    final CompletableFuture<List<ActivatedJob>> result = new CompletableFuture<>();
    boolean timedOut;

    Request(ActivateJobs command) {
      this.command = command;
    }
  }

  JobActivationLongPolling(
      Function<ActivateJobs, CompletableFuture<List<ActivatedJob>>> activate,
      Consumer<List<ActivatedJob>> yieldJobs,
      ScheduledExecutorService timer) {
    this.activate = activate;
    this.yieldJobs = yieldJobs;
    this.timer = timer;
  }

  CompletableFuture<List<ActivatedJob>> activate(ActivateJobs command, long requestTimeoutMs) {
    Request request = new Request(command);
    if (requestTimeoutMs > 0) {
      var timeout = timer.schedule(() -> timeOut(request), requestTimeoutMs, TimeUnit.MILLISECONDS);
      request.result.whenComplete((jobs, error) -> timeout.cancel(false));
    }
    attempt(request, requestTimeoutMs > 0);
    return request.result;
  }

  private void attempt(Request request, boolean longPolling) {
    long generation = generation(request.command.type()).get();
    activate
        .apply(request.command)
        .whenComplete(
            (jobs, error) -> {
              if (error != null) {
                request.result.completeExceptionally(error);
                return;
              }
              if (!jobs.isEmpty() || !longPolling || stopped) {
                deliver(request, jobs);
                return;
              }
              boolean again;
              synchronized (this) {
                if (request.timedOut || stopped) {
                  request.result.complete(List.of());
                  return;
                }
                parked.computeIfAbsent(request.command.type(), t -> new ArrayList<>()).add(request);
                // jobs arrived while we were looking: look again
                again = generation(request.command.type()).get() != generation && unpark(request);
              }
              if (again) {
                attempt(request, true);
              }
            });
  }

  /** The request timeout passed: a parked request gives up; one in flight answers when back. */
  private void timeOut(Request request) {
    synchronized (this) {
      request.timedOut = true;
      if (!unpark(request)) {
        return;
      }
    }
    request.result.complete(List.of());
  }

  private void deliver(Request request, List<ActivatedJob> jobs) {
    if (!request.result.complete(jobs) && !jobs.isEmpty()) {
      yieldJobs.accept(jobs); // nobody will work on them: make them activatable again
    }
  }

  /**
   * No request waits any more: the parked ones are answered now with no jobs, later ones as soon as
   * they have looked. For a shutdown, so that no request holds the web server's graceful stop.
   */
  void stop() {
    List<Request> released = new ArrayList<>();
    synchronized (this) {
      stopped = true;
      parked.values().forEach(released::addAll);
      parked.clear();
    }
    released.forEach(request -> request.result.complete(List.of()));
  }

  /** Jobs of the type became activatable: wake every request waiting for them. */
  void onJobsAvailable(String type) {
    generation(type).incrementAndGet();
    List<Request> woken;
    synchronized (this) {
      woken = parked.remove(type);
    }
    if (woken != null) {
      for (Request request : woken) {
        if (!request.result.isDone()) {
          attempt(request, true);
        }
      }
    }
  }

  private AtomicLong generation(String type) {
    return generations.computeIfAbsent(type, t -> new AtomicLong());
  }

  /** Takes the request out of the parked ones; false when it was not parked. */
  private boolean unpark(Request request) {
    List<Request> list = parked.get(request.command.type());
    if (list == null || !list.remove(request)) {
      return false;
    }
    if (list.isEmpty()) {
      parked.remove(request.command.type());
    }
    return true;
  }
}
