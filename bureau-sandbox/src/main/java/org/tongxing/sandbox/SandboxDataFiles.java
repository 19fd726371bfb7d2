package org.tongxing.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads the synthetic data files of the simulated systems ({@code sandbox/**} on the classpath).
 */
public final class SandboxDataFiles {

  private SandboxDataFiles() {}

  /**
   * @throws UncheckedIOException naming the file if it is missing or not of the expected shape
   */
  public static <T> T read(ObjectMapper objectMapper, String classpathFile, TypeReference<T> type) {
    try (InputStream data = new ClassPathResource(classpathFile).getInputStream()) {
      return objectMapper.readValue(data, type);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Expected readable sandbox data in classpath:"
              + classpathFile
              + ", but "
              + e.getMessage(),
          e);
    }
  }
}
