package org.tongxing.engine.processing;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Requests that wait for something to happen to an entity (a process instance to end, a user task's
 * transition to finish), by the entity's key. Not state: a restart forgets them, as the requests
 * are gone too. Used on the writer thread only.
 */
final class KeyedWaiters<T> {

  private final Map<Long, CompletableFuture<T>> waiters = new HashMap<>();

  CompletableFuture<T> register(long key) {
    CompletableFuture<T> future = new CompletableFuture<>();
    waiters.put(key, future);
    return future;
  }

  boolean isWaiting(long key) {
    return waiters.containsKey(key);
  }

  /** The waiter of the key, no longer waiting; null when none waits. */
  CompletableFuture<T> take(long key) {
    return waiters.remove(key);
  }

  /** A unit that registered the waiter was rolled back: nobody waits there. */
  void forget(long key) {
    waiters.remove(key);
  }
}
