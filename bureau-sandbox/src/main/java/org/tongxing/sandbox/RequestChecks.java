package org.tongxing.sandbox;

/**
 * Checks of request fields shared by the simulated systems; each failure is an {@link
 * IllegalArgumentException}, answered as 400 problem JSON, that says "Expected X, but Y" and names
 * the request.
 */
public final class RequestChecks {

  private RequestChecks() {}

  /**
   * @param where names the request, for example {@code payment 'JY-2026-0001-SUBSIDY'}
   * @throws IllegalArgumentException if the value is missing, blank or longer than {@code
   *     maxLength}
   */
  public static void requireText(String field, String value, int maxLength, String where) {
    if (value == null || value.isBlank() || value.length() > maxLength) {
      throw invalid(
          "%s of 1 to %d characters".formatted(field, maxLength), quoted(abbreviate(value)), where);
    }
  }

  /** "Expected {expected}, but was {actual} ({where})". */
  public static IllegalArgumentException invalid(String expected, String actual, String where) {
    return new IllegalArgumentException(
        "Expected %s, but was %s (%s)".formatted(expected, actual, where));
  }

  /** {@code 'value'}, or {@code missing} for null. */
  public static String quoted(String value) {
    return value == null ? "missing" : "'" + value + "'";
  }

  private static String abbreviate(String value) {
    return value == null || value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
