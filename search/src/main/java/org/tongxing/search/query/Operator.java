package org.tongxing.search.query;

/** How a filter condition compares a field with its value(s). */
public enum Operator {
  EQ,
  NEQ,
  IN,
  NOT_IN,
  EXISTS,
  NOT_EXISTS,
  LIKE,
  GT,
  GTE,
  LT,
  LTE,
  /**
   * At least one of the alternatives holds: the value is a list of condition lists, each a
   * conjunction (the search API's {@code $or}).
   */
  ANY_OF,
  /** Nothing matches; the field is ignored. */
  NONE
}
