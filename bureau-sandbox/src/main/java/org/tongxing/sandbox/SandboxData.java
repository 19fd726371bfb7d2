package org.tongxing.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads a simulated system's synthetic records from a JSON array on the classpath. The data files
 * sit under {@code src/main/resources/sandbox/<system>/} and never change at runtime, so tests and
 * demos can rely on the well-known records in {@code bureau-sandbox/README.md}.
 */
public final class SandboxData {

  private SandboxData() {}

  /**
   * @throws UncheckedIOException naming the file if it is missing or does not parse
   */
  public static <T> List<T> readList(
      ObjectMapper objectMapper, String dataFile, TypeReference<List<T>> type) {
    return read(objectMapper, dataFile, type);
  }

  /**
   * @throws UncheckedIOException naming the file if it is missing or does not parse
   */
  public static <T> T read(ObjectMapper objectMapper, String dataFile, TypeReference<T> type) {
    try (InputStream data = new ClassPathResource(dataFile).getInputStream()) {
      return objectMapper.readValue(data, type);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Expected readable sandbox data in classpath:" + dataFile + ", but " + e.getMessage(), e);
    }
  }
}
