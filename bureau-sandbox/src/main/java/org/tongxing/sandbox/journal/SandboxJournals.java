package org.tongxing.sandbox.journal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Opens the journals of the simulated systems, in {@code tongxing.sandbox.journal-dir} (the app
 * keeps them beside its data, {@code <data-dir>/sandbox}) or in memory when none is set.
 */
public final class SandboxJournals {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

  private final Path folder;
  private final ObjectMapper json;

  public SandboxJournals(Path folder, ObjectMapper json) {
    this.folder = folder;
    this.json =
        json.copy()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    if (folder != null) {
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not make the sandbox journal folder " + folder, e);
      }
    }
  }

  /** Journals in memory only: what the sandbox's own tests use. */
  public static SandboxJournals inMemory() {
    return new SandboxJournals(null, new ObjectMapper().findAndRegisterModules());
  }

  /** The journal {@code <name>.jsonl} of records of the type, read back if it exists. */
  public <V> SandboxJournal<V> open(String name, Class<V> type) {
    return open(name, type, Map.of());
  }

  /** The journal over the system's seed data, which its lines change. */
  public <V> SandboxJournal<V> open(String name, Class<V> type, Map<String, V> seed) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Expected a journal name of lower-case letters, digits and dashes, but was '"
              + name
              + "'");
    }
    return new SandboxJournal<>(
        type, json, folder == null ? null : folder.resolve(name + ".jsonl"), seed);
  }
}
