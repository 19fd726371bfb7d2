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
  /**
   * An entity related to this one (the field names the relation, e.g. a process instance's {@code
   * elementInstances}) matches all of the conditions in the value, a list of conditions on the
   * related entity's fields: the same one must match them all.
   */
  HAS,
  /** Nothing matches; the field is ignored. */
  NONE
}
