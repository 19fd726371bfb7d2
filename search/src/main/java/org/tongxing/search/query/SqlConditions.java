package org.tongxing.search.query;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Renders filter conditions on SQL expressions, with bind parameters. */
final class SqlConditions {

  private SqlConditions() {}

  static String render(String expression, Condition condition, List<Object> parameters) {
    Object value = condition.value();
    return switch (condition.operator()) {
      case EQ -> bind(expression + " = ?", value, parameters);
      case NEQ ->
          bind("(" + expression + " <> ? OR " + expression + " IS NULL)", value, parameters);
      case GT -> bind(expression + " > ?", value, parameters);
      case GTE -> bind(expression + " >= ?", value, parameters);
      case LT -> bind(expression + " < ?", value, parameters);
      case LTE -> bind(expression + " <= ?", value, parameters);
      case LIKE -> bind(expression + " LIKE ?", toSqlLike(value), parameters);
      case EXISTS -> expression + " IS NOT NULL";
      case NOT_EXISTS -> expression + " IS NULL";
      case IN -> in(expression, value, parameters, false);
      case NOT_IN -> in(expression, value, parameters, true);
      case NONE -> "1 = 0";
      case ANY_OF, HAS ->
          throw new IllegalArgumentException(
              "Expected alternatives and related entities to be rendered by the search, not on one"
                  + " field");
    };
  }

  private static String bind(String sql, Object value, List<Object> parameters) {
    parameters.add(value);
    return sql;
  }

  private static String in(String expression, Object value, List<Object> parameters, boolean not) {
    Collection<?> values = value instanceof Collection<?> c ? c : List.of(value);
    if (values.isEmpty()) {
      return not ? "1 = 1" : "1 = 0";
    }
    parameters.addAll(values);
    String placeholders = values.stream().map(v -> "?").collect(Collectors.joining(", "));
    return expression + (not ? " NOT IN (" : " IN (") + placeholders + ")";
  }

  /** Camunda's $like uses * and ? as wildcards; SQL uses % and _. */
  private static String toSqlLike(Object value) {
    return String.valueOf(value)
        .replace("\\", "\\\\")
        .replace("%", "\\%")
        .replace("_", "\\_")
        .replace('*', '%')
        .replace('?', '_');
  }
}
