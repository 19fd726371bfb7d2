package org.tongxing.search;

/**
 * The indexed start of a variable's JSON value ({@code search_variable.value_prefix}): the
 * projection writes it, variable filters look a value up by it.
 */
public final class VariableValuePrefix {

  public static final int LENGTH = 255;

  private VariableValuePrefix() {}

  public static String of(String value) {
    return value == null || value.length() <= LENGTH ? value : value.substring(0, LENGTH);
  }
}
