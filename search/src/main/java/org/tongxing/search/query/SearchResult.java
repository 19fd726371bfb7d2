package org.tongxing.search.query;

import java.util.List;

/** A page of results and the number of all matching items. */
public record SearchResult<T>(List<T> items, long total) {}
