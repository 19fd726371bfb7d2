package org.tongxing.gateway.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.tongxing.search.query.InvalidQueryException;

/** Opaque page cursors: the offset of a position in the sorted result. */
final class PageCursor {

  private static final String PREFIX = "offset:";

  private PageCursor() {}

  static String encode(long offset) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
  }

  static int decode(String field, String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith(PREFIX)) {
        throw new IllegalArgumentException();
      }
      return Math.toIntExact(Long.parseLong(text.substring(PREFIX.length())));
    } catch (RuntimeException e) {
      throw new InvalidQueryException(field,
          "Expected " + field + " to be a cursor from an earlier page, but got '" + cursor + "'");
    }
  }
}
