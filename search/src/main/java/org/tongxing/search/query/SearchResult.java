package org.tongxing.search.query;

import java.util.List;

/**
 * A page of results and the number of all matching items.
 *
 * @param total how many items match, counted up to {@link SearchEntity#MAX_COUNT}
 * @param moreThanTotal whether more items than {@code total} match (the count stopped there)
 * @param startCursor the cursor before the page's first item ({@code page.before}), or null for an
 *     empty page
 * @param endCursor the cursor after the page's last item ({@code page.after}), or null for an empty
 *     page
 */
public record SearchResult<T>(
    List<T> items, long total, boolean moreThanTotal, String startCursor, String endCursor) {

  public SearchResult(List<T> items, long total, boolean moreThanTotal) {
    this(items, total, moreThanTotal, null, null);
  }
}
