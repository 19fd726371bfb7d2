package org.tongxing.sandbox;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.springframework.http.HttpStatus;

/**
 * A request repeated an idempotency key with other content than the first request under that key;
 * answered as 409 problem JSON of type {@value #TYPE_URN} with the differing fields in {@code
 * mismatches}.
 *
 * <p>The first request stays in force: a key names one payment or one notice, never two.
 */
public class IdempotencyConflictException extends SandboxProblemException {

  public static final String TYPE_URN = "urn:tongxing:problem:idempotency-conflict";

  private IdempotencyConflictException(String detail, List<String> mismatches) {
    super(
        HttpStatus.CONFLICT,
        URI.create(TYPE_URN),
        "与首次请求不符 (idempotency key reused with other content)",
        detail,
        Map.of("mismatches", mismatches));
  }

  /**
   * Throws unless the repeated request has the same value as the first in every field; numbers
   * compare by value ({@code 1200} equals {@code 1200.00}).
   *
   * @param what the thing the key names, for the message: {@code payment 'JY-2026-0001-SUBSIDY'}
   * @param first the fields of the first request, by name, in the order to report them
   * @param repeated the same fields of the repeated request
   */
  public static void requireSameContent(
      String what, Map<String, ?> first, Map<String, ?> repeated) {
    List<String> mismatches = new ArrayList<>();
    StringJoiner differences = new StringJoiner(", ");
    first.forEach(
        (field, firstValue) -> {
          Object repeatedValue = repeated.get(field);
          if (!same(firstValue, repeatedValue)) {
            mismatches.add(field);
            differences.add(
                "%s was %s (first: %s)".formatted(field, show(repeatedValue), show(firstValue)));
          }
        });
    if (!mismatches.isEmpty()) {
      throw new IdempotencyConflictException(
          "Expected %s to repeat the first request, but %s".formatted(what, differences),
          List.copyOf(mismatches));
    }
  }

  private static boolean same(Object first, Object repeated) {
    if (first instanceof BigDecimal a && repeated instanceof BigDecimal b) {
      return a.compareTo(b) == 0;
    }
    return Objects.equals(first, repeated);
  }

  private static String show(Object value) {
    if (value == null) {
      return "none";
    }
    return value instanceof String text ? "'" + text + "'" : value.toString();
  }
}
