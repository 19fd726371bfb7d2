package org.tongxing.gateway.support;

import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.RejectionType;

/** Keys travel as JSON strings holding a long. */
public final class Keys {

  private Keys() {}

  public static long parse(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new CommandRejectedException(
          RejectionType.INVALID_ARGUMENT,
          "Expected " + name + " to be a key (a string holding a number), but it is missing");
    }
    try {
      long key = Long.parseLong(value.strip());
      if (key < 0) {
        throw new NumberFormatException();
      }
      return key;
    } catch (NumberFormatException e) {
      throw new CommandRejectedException(
          RejectionType.INVALID_ARGUMENT,
          "Expected "
              + name
              + " to be a key (a string holding a positive number), but got '"
              + value
              + "'");
    }
  }

  public static String format(long key) {
    return Long.toString(key);
  }

  public static String formatNullable(Long key) {
    return key == null ? null : Long.toString(key);
  }
}
