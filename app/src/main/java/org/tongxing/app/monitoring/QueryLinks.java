package org.tongxing.app.monitoring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Links with query parameters, every value encoded (also {@code +}, {@code &} and {@code #}). */
public final class QueryLinks {

  private QueryLinks() {}

  public static String link(String path, Map<String, String> parameters) {
    if (parameters.isEmpty()) {
      return path;
    }
    return path
        + "?"
        + parameters.entrySet().stream()
            .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
            .collect(Collectors.joining("&"));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
