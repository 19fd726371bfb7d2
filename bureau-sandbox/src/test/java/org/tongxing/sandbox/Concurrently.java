package org.tongxing.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/** Runs one call from several threads at once, for tests of thread safety. */
public final class Concurrently {

  private Concurrently() {}

  /** The results of {@code threads} concurrent calls; the first exception of any call is thrown. */
  public static <T> List<T> call(int threads, Callable<T> call) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures =
          executor.invokeAll(IntStream.range(0, threads).mapToObj(i -> call).toList());
      List<T> results = new ArrayList<>(threads);
      for (Future<T> future : futures) {
        try {
          results.add(future.get());
        } catch (ExecutionException e) {
          throw e.getCause() instanceof Exception cause ? cause : e;
        }
      }
      return results;
    } finally {
      executor.shutdown();
    }
  }
}
