package org.tongxing.search.query;

import java.util.List;

/**
 * A search: conditions (all must hold), sort order, and the page: an offset ({@code from}) or a
 * cursor of an earlier page ({@code after} its last item, {@code before} its first).
 *
 * @param from how many matching items to skip; ignored with a cursor
 * @param limit how many items to return at most
 * @param after a page's end cursor: the items after it
 * @param before a page's start cursor: the items before it
 */
public record SearchQuery(
    List<Condition> conditions,
    List<SortOrder> sort,
    int from,
    int limit,
    String after,
    String before) {

  public SearchQuery(List<Condition> conditions, List<SortOrder> sort, int from, int limit) {
    this(conditions, sort, from, limit, null, null);
  }

  public static SearchQuery of(List<Condition> conditions) {
    return new SearchQuery(conditions, List.of(), 0, 100);
  }

  /** The same search from an offset. */
  public SearchQuery from(int offset) {
    return new SearchQuery(conditions, sort, offset, limit, null, null);
  }

  /** The same search, the page after the cursor. */
  public SearchQuery after(String cursor) {
    return new SearchQuery(conditions, sort, 0, limit, cursor, null);
  }

  /** The same search, the page before the cursor. */
  public SearchQuery before(String cursor) {
    return new SearchQuery(conditions, sort, 0, limit, null, cursor);
  }

  boolean hasCursor() {
    return after != null || before != null;
  }

  /** Sorting by a field. */
  public record SortOrder(String field, boolean descending) {

    public static SortOrder asc(String field) {
      return new SortOrder(field, false);
    }

    public static SortOrder desc(String field) {
      return new SortOrder(field, true);
    }

    SortOrder reversed() {
      return new SortOrder(field, !descending);
    }

    @Override
    public String toString() {
      return field + (descending ? " desc" : " asc");
    }
  }
}
