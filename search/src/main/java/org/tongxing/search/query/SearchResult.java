package org.tongxing.search.query;

import java.util.List;

/**
 * A page of results and the number of all matching items.
 *
 * @param total how many items match, counted up to {@link JdbcSearch#MAX_COUNT}
 * @param moreThanTotal whether more items than {@code total} match (the count stopped there)
 */
public record SearchResult<T>(List<T> items, long total, boolean moreThanTotal) {}
