package org.tongxing.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/** Reads the sandbox's synthetic records: a JSON array in a classpath file, read once. */
public final class SandboxDataFiles {

  private SandboxDataFiles() {}

  /**
   * @param path for example {@code sandbox/dpf/training-records.json}
   * @throws UncheckedIOException naming the file when it is missing or not an array of {@code type}
   */
  public static <T> List<T> readList(
      ObjectMapper objectMapper, String path, TypeReference<List<T>> type) {
    try (InputStream data = new ClassPathResource(path).getInputStream()) {
      return List.copyOf(objectMapper.readValue(data, type));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Expected readable sandbox data in classpath:" + path + ", but " + e.getMessage(), e);
    }
  }
}
