package org.tongxing.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of an order and of "after this item in that order" (keyset paging). A field that may be
 * empty sorts its empty values last ascending and first descending, as Elasticsearch's {@code
 * missing} does for the other backend.
 */
final class Keyset {

  private Keyset() {}

  static String orderBy(
      EntityTable<?> table, SearchEntity<?> entity, List<SearchQuery.SortOrder> order) {
    List<String> terms = new ArrayList<>();
    for (SearchQuery.SortOrder field : order) {
      String term =
          JdbcSearch.column(table, field.field()) + (field.descending() ? " DESC" : " ASC");
      if (entity.nullable().contains(field.field())) {
        term += field.descending() ? " NULLS FIRST" : " NULLS LAST";
      }
      terms.add(term);
    }
    return String.join(", ", terms);
  }

  /** The rows after the one with these sort values, in this order. */
  static String after(
      EntityTable<?> table,
      SearchEntity<?> entity,
      List<SearchQuery.SortOrder> order,
      List<Object> values,
      List<Object> parameters) {
    boolean sameDirection =
        order.stream().allMatch(field -> field.descending() == order.get(0).descending());
    boolean noneEmpty =
        order.stream().noneMatch(field -> entity.nullable().contains(field.field()))
            && !values.contains(null);
    if (sameDirection && noneEmpty) {
      // a row comparison, which an index on the sort columns answers directly
      List<String> columns = new ArrayList<>();
      for (SearchQuery.SortOrder field : order) {
        columns.add(JdbcSearch.column(table, field.field()));
      }
      parameters.addAll(values);
      return "("
          + String.join(", ", columns)
          + ") "
          + (order.get(0).descending() ? "<" : ">")
          + " ("
          + String.join(", ", columns.stream().map(c -> "?").toList())
          + ")";
    }
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      List<String> all = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        all.add(equal(table, order.get(j), values.get(j), parameters));
      }
      String beyond = beyond(table, entity, order.get(i), values.get(i), parameters);
      if (beyond == null) {
        continue; // nothing sorts after an empty value at the end
      }
      all.add(beyond);
      alternatives.add("(" + String.join(" AND ", all) + ")");
    }
    return alternatives.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", alternatives) + ")";
  }

  private static String equal(
      EntityTable<?> table, SearchQuery.SortOrder field, Object value, List<Object> parameters) {
    String column = JdbcSearch.column(table, field.field());
    if (value == null) {
      return column + " IS NULL";
    }
    parameters.add(value);
    return column + " = ?";
  }

  /** The values after this one in the field's direction, or null when there are none. */
  private static String beyond(
      EntityTable<?> table,
      SearchEntity<?> entity,
      SearchQuery.SortOrder field,
      Object value,
      List<Object> parameters) {
    String column = JdbcSearch.column(table, field.field());
    boolean nullable = entity.nullable().contains(field.field());
    if (value == null) {
      // empty values are the last ascending, the first descending
      return field.descending() ? column + " IS NOT NULL" : null;
    }
    parameters.add(value);
    String beyond = column + (field.descending() ? " < ?" : " > ?");
    return nullable && !field.descending() ? "(" + beyond + " OR " + column + " IS NULL)" : beyond;
  }
}
