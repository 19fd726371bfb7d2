package org.tongxing.workers.workflows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the repository's top-level {@code workflows/} and {@code forms/} from a module's tests. */
final class RepositoryFiles {

  private RepositoryFiles() {}

  /**
   * @param relativePath for example {@code workflows/employment-subsidy.bpmn}
   * @throws IllegalStateException if no parent of the working directory holds the file
   */
  static Path find(String relativePath) {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relativePath);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "Expected %s in %s or one of its parents, but found none".formatted(relativePath, start));
  }

  /**
   * @param folder {@code workflows} or {@code forms}
   * @param suffix for example {@code .bpmn}
   * @return the folder's files with the suffix, by name
   */
  static List<Path> list(String folder, String suffix) {
    try (Stream<Path> files = Files.list(find(folder))) {
      return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the folder's files with the suffix, without it: process, decision, form ids. */
  static List<String> ids(String folder, String suffix) {
    return list(folder, suffix).stream()
        .map(file -> file.getFileName().toString())
        .map(name -> name.substring(0, name.length() - suffix.length()))
        .toList();
  }
}
