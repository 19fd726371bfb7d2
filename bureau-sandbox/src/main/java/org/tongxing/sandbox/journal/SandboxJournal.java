package org.tongxing.sandbox.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The records one simulated system took (payments, notices, …), by key, kept across restarts as a
 * simulated bureau keeps them in its own database: each change is a JSON line appended to {@code
 * <journal-dir>/<name>.jsonl} before the call answers, and the file is read back at start-up over
 * the system's seed data, the last line of a key winning. Without a journal folder the records live
 * in memory.
 *
 * <p>A line cut short by a crash while it was written is skipped at start-up (it was never
 * answered); any other unreadable line stops the start with the file and line named.
 *
 * @param <V> the record type, a JSON-mappable record
 */
public final class SandboxJournal<V> {

  private final ConcurrentMap<String, V> records = new ConcurrentHashMap<>();
  private final Map<String, V> seed;
  private final Class<V> type;
  private final ObjectMapper json;
  private final JavaType lineType;
  private final OutputStream file;

  SandboxJournal(Class<V> type, ObjectMapper json, Path path, Map<String, V> seed) {
    this.type = type;
    this.json = json;
    this.lineType = json.getTypeFactory().constructParametricType(Line.class, type);
    this.seed = Map.copyOf(seed);
    records.putAll(this.seed);
    if (path == null) {
      this.file = null;
      return;
    }
    try {
      if (Files.exists(path)) {
        replay(path);
      }
      this.file = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the sandbox journal " + path, e);
    }
  }

  public Optional<V> get(String key) {
    return Optional.ofNullable(records.get(key));
  }

  public Collection<V> values() {
    return Collections.unmodifiableCollection(records.values());
  }

  public int size() {
    return records.size();
  }

  /**
   * The record of the key, made by {@code create} (and kept) if there is none; at most once per
   * key, also under concurrent calls. A {@code create} that throws records nothing.
   */
  public V computeIfAbsent(String key, Function<String, V> create) {
    return records.computeIfAbsent(
        key,
        k -> {
          V created = create.apply(k);
          append(k, created);
          return created;
        });
  }

  /** Keeps the record under the key, replacing what it had. */
  public void put(String key, V value) {
    records.compute(
        key,
        (k, old) -> {
          append(k, value);
          return value;
        });
  }

  /** Forgets the key if it still holds {@code expected}; true if it did. */
  public boolean remove(String key, V expected) {
    boolean[] removed = {false};
    records.computeIfPresent(
        key,
        (k, held) -> {
          if (!held.equals(expected)) {
            return held;
          }
          append(k, null);
          removed[0] = true;
          return null;
        });
    return removed[0];
  }

  /** Back to the seed: every record taken since is forgotten, also across restarts. */
  public synchronized void reset() {
    write(new Line<>(null, null, true));
    records.clear();
    records.putAll(seed);
  }

  /**
   * One line of the journal: a key's record (none: the key was removed), or a reset to the seed.
   * Values are bound directly, never through a tree, so amounts keep their scale.
   */
  record Line<V>(String key, V value, boolean reset) {}

  private void append(String key, V value) {
    write(new Line<>(key, value, false));
  }

  private synchronized void write(Line<V> line) {
    if (file == null) {
      return;
    }
    try {
      file.write((json.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
      file.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the sandbox journal: " + line, e);
    }
  }

  private void replay(Path path) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      int number = 0;
      String text;
      String last = null;
      while ((text = reader.readLine()) != null) {
        number++;
        if (last != null) {
          apply(path, number - 1, last, false);
        }
        last = text;
      }
      if (last != null) {
        apply(path, number, last, true);
      }
    }
  }

  private void apply(Path path, int number, String text, boolean lastLine) {
    if (text.isBlank()) {
      return;
    }
    Line<V> line;
    try {
      line = json.readValue(text, lineType);
    } catch (JsonProcessingException e) {
      if (lastLine && e instanceof JsonEOFException) {
        return; // cut short while written: never answered
      }
      throw new IllegalStateException(
          "Expected a line of "
              + type.getSimpleName()
              + " records in the sandbox journal "
              + path
              + " at line "
              + number
              + ", but "
              + e.getOriginalMessage(),
          e);
    }
    if (line.reset()) {
      records.clear();
      records.putAll(seed);
    } else if (line.key() == null) {
      throw new IllegalStateException(
          "Expected a key in the sandbox journal "
              + path
              + " at line "
              + number
              + ", but it has none");
    } else if (line.value() == null) {
      records.remove(line.key());
    } else {
      records.put(line.key(), line.value());
    }
  }
}
