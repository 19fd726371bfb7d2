package org.tongxing.engine.state.snapshot;

import java.util.List;
import java.util.Map;

/** A value of the state with its key, as a snapshot keeps it. */
public record Keyed<T>(long key, T value) {

  /** The map's entries in key order: a snapshot's list, restored in the order they were made. */
  public static <T> List<Keyed<T>> inKeyOrder(Map<Long, T> values) {
    return values.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(entry -> new Keyed<>(entry.getKey(), entry.getValue()))
        .toList();
  }
}
