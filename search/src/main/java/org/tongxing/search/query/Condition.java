package org.tongxing.search.query;

import java.util.List;

/**
 * One filter condition on a field named as in the Camunda 8 search API (e.g. {@code
 * processInstanceKey}, {@code candidateGroup}).
 *
 * @param value a single value, or a list for IN and NOT_IN, or a list of condition lists for
 *     ANY_OF, or a list of conditions on the related entity for HAS; ignored for EXISTS, NOT_EXISTS
 *     and NONE
 */
public record Condition(String field, Operator operator, Object value) {

  /** The field that stands for the entity's key, whatever the entity calls it. */
  public static final String KEY = "$key";

  public static Condition eq(String field, Object value) {
    return new Condition(field, Operator.EQ, value);
  }

  public static Condition in(String field, List<?> values) {
    return new Condition(field, Operator.IN, values);
  }

  /** One of the alternatives holds, each a list of conditions that all hold. */
  public static Condition anyOf(List<List<Condition>> alternatives) {
    return new Condition("$or", Operator.ANY_OF, alternatives);
  }

  /** A related entity (of the relation {@code relation}) matches all the conditions. */
  public static Condition has(String relation, List<Condition> conditions) {
    return new Condition(relation, Operator.HAS, List.copyOf(conditions));
  }

  /** Nothing matches (a filter for another tenant, or for tags no instance has). */
  public static Condition none() {
    return new Condition("$none", Operator.NONE, null);
  }
}
