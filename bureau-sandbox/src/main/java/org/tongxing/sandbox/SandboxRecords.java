package org.tongxing.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The read-only records of a simulated system, read once from a JSON array on the classpath and
 * kept by key. Subclasses name the file, the record type and the key.
 *
 * @param <T> the record type
 */
public abstract class SandboxRecords<T> {

  private final Map<String, T> recordsByKey;

  /**
   * @throws IllegalStateException naming the key if two records share it
   */
  protected SandboxRecords(
      ObjectMapper objectMapper,
      String dataFile,
      TypeReference<List<T>> type,
      Function<T, String> key) {
    this.recordsByKey =
        SandboxDataFiles.read(objectMapper, dataFile, type).stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    key,
                    Function.identity(),
                    (first, second) -> {
                      throw new IllegalStateException(
                          "Expected one record per key in %s, but '%s' occurs twice"
                              .formatted(dataFile, key.apply(first)));
                    }));
  }

  protected Optional<T> find(String key) {
    return Optional.ofNullable(recordsByKey.get(key));
  }

  public List<T> findAll() {
    return List.copyOf(recordsByKey.values());
  }
}
