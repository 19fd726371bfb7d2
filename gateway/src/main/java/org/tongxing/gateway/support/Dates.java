package org.tongxing.gateway.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.tongxing.search.query.InvalidQueryException;

/** Dates travel as ISO 8601 date-times; the search side keeps epoch milliseconds. */
public final class Dates {

  private Dates() {}

  public static String format(long epochMillis) {
    return OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC).toString();
  }

  public static String formatNullable(Long epochMillis) {
    return epochMillis == null ? null : format(epochMillis);
  }

  public static long parse(String field, String value) {
    try {
      return OffsetDateTime.parse(value).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      throw new InvalidQueryException(
          field,
          "Expected "
              + field
              + " to be an ISO 8601 date-time with offset, but got '"
              + value
              + "'");
    }
  }
}
