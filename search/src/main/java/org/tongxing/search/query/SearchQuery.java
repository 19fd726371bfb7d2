package org.tongxing.search.query;

import java.util.List;

/**
 * A search: conditions (all must hold), sort order, and the page.
 *
 * @param from how many matching items to skip
 * @param limit how many items to return at most
 */
public record SearchQuery(List<Condition> conditions, List<SortOrder> sort, int from, int limit) {

  public static SearchQuery of(List<Condition> conditions) {
    return new SearchQuery(conditions, List.of(), 0, 100);
  }

  /** Sorting by a field. */
  public record SortOrder(String field, boolean descending) {}
}
