package org.tongxing.workers.workflows;

import java.nio.file.Files;
import java.nio.file.Path;

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
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "Expected %s in %s or one of its parents, but found none".formatted(relativePath, start));
  }
}
