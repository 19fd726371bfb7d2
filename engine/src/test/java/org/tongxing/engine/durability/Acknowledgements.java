package org.tongxing.engine.durability;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the {@link LoadGenerator} reported on its stdout, read as it comes. Only whole lines count:
 * a last line without its newline was cut by the kill.
 */
final class Acknowledgements {

  private final Set<String> sentCreations = ConcurrentHashMap.newKeySet();
  private final Map<String, Long> acknowledgedCreations = new ConcurrentHashMap<>();
  private final Set<Long> acknowledgedActivations = ConcurrentHashMap.newKeySet();
  private final Set<Long> sentCompletions = ConcurrentHashMap.newKeySet();
  private final Set<Long> acknowledgedCompletions = ConcurrentHashMap.newKeySet();
  private final List<String> unexpectedLines = new CopyOnWriteArrayList<>();
  private volatile long readyAt;
  private volatile boolean ended;

  private Acknowledgements() {}

  /** Reads the stream on a thread of its own until it ends. */
  static Acknowledgements readFrom(InputStream stdout) {
    Acknowledgements acknowledgements = new Acknowledgements();
    Thread reader = new Thread(() -> acknowledgements.read(stdout), "load-generator-stdout");
    reader.setDaemon(true);
    reader.start();
    return acknowledgements;
  }

  private void read(InputStream stdout) {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try (InputStream in = new BufferedInputStream(stdout)) {
      int b;
      while ((b = in.read()) >= 0) {
        if (b == '\n') {
          accept(line.toString(UTF_8));
          line.reset();
        } else {
          line.write(b);
        }
      }
    } catch (IOException e) {
      // the process is gone: what was read is all there is
    } finally {
      ended = true;
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

  /** Whether stdout reached its end: nothing more will be reported. */
  boolean ended() {
    return ended;
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
