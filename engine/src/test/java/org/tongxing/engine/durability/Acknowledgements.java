package org.tongxing.engine.durability;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the {@link LoadGenerator} reported on its stdout, which goes to a file: read as it grows
 * while the generator runs, and to its end once the generator is dead. Only whole lines count: a
 * last line without its newline was cut by the kill.
 *
 * <p>A file, not the pipe of {@link Process#getInputStream()}: when a child dies, the JDK drains
 * and closes that pipe on its reaper thread, and a read blocked on it at that moment may fail with
 * "Stream closed" and lose the last lines — which made the check that every durable creation was
 * sent fail now and then under load.
 */
final class Acknowledgements {

  private final Set<String> sentCreations = ConcurrentHashMap.newKeySet();
  private final Map<String, Long> acknowledgedCreations = new ConcurrentHashMap<>();
  private final Set<Long> acknowledgedActivations = ConcurrentHashMap.newKeySet();
  private final Set<Long> sentCompletions = ConcurrentHashMap.newKeySet();
  private final Set<Long> acknowledgedCompletions = ConcurrentHashMap.newKeySet();
  private final List<String> unexpectedLines = new CopyOnWriteArrayList<>();
  private final Path file;
  private final ByteArrayOutputStream partialLine = new ByteArrayOutputStream();
  private long offset;
  private volatile long readyAt;

  private Acknowledgements(Path file) {
    this.file = file;
  }

  /** Reports the generator writes to this file; nothing is read until {@link #readNewLines()}. */
  static Acknowledgements of(Path file) {
    return new Acknowledgements(file);
  }

  /**
   * Reads what was appended since the last call. Once the generator is dead, one more call reads
   * everything it reported.
   */
  synchronized void readNewLines() {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      channel.position(offset);
      ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
      int read;
      while ((read = channel.read(buffer)) > 0) {
        offset += read;
        buffer.flip();
        while (buffer.hasRemaining()) {
          byte b = buffer.get();
          if (b == '\n') {
            accept(partialLine.toString(UTF_8));
            partialLine.reset();
          } else {
            partialLine.write(b);
          }
        }
        buffer.clear();
      }
    } catch (NoSuchFileException e) {
      // not created yet: nothing reported
    } catch (IOException e) {
      throw new UncheckedIOException("Expected to read the load generator's reports " + file, e);
    }
  }

  private void accept(String line) {
    String[] words = line.split(" ");
    String event = words.length >= 2 ? words[0] + " " + words[1] : words[0];
    switch (event) {
      case "READY" -> readyAt = System.nanoTime();
      case "SEND create" -> sentCreations.add(words[2]);
      case "ACK create" -> acknowledgedCreations.put(words[2], Long.parseLong(words[3]));
      case "ACK activate" -> acknowledgedActivations.add(Long.parseLong(words[2]));
      case "SEND complete" -> sentCompletions.add(Long.parseLong(words[2]));
      case "ACK complete" -> acknowledgedCompletions.add(Long.parseLong(words[2]));
      default -> unexpectedLines.add(line);
    }
  }

  /** When the generator reported it was ready ({@link System#nanoTime()}); 0 before. */
  long readyAt() {
    return readyAt;
  }

  Set<String> sentCreations() {
    return Set.copyOf(sentCreations);
  }

  /** Instance key by ticket. */
  Map<String, Long> acknowledgedCreations() {
    return Map.copyOf(acknowledgedCreations);
  }

  int acknowledgedCreationCount() {
    return acknowledgedCreations.size();
  }

  int acknowledgedCompletionCount() {
    return acknowledgedCompletions.size();
  }

  Set<Long> acknowledgedActivations() {
    return Set.copyOf(acknowledgedActivations);
  }

  Set<Long> sentCompletions() {
    return Set.copyOf(sentCompletions);
  }

  Set<Long> acknowledgedCompletions() {
    return Set.copyOf(acknowledgedCompletions);
  }

  /** Jobs acknowledged as activated whose completion was never sent. */
  Set<Long> abandonedJobs() {
    Set<Long> abandoned = new HashSet<>(acknowledgedActivations);
    abandoned.removeAll(sentCompletions);
    return abandoned;
  }

  List<String> unexpectedLines() {
    return List.copyOf(unexpectedLines);
  }
}
