package org.tongxing.gateway.search;

import io.camunda.client.protocol.rest.SearchQueryPageResponse;
import org.tongxing.search.query.SearchQuery;
import org.tongxing.search.query.SearchResult;

/**
 * The {@code page} part of a search response, with the cursors of its first and last items: the
 * pages before and after it ({@code page.before}, {@code page.after}).
 */
public final class SearchPage {

  private SearchPage() {}

  public static SearchQueryPageResponse of(SearchQuery query, SearchResult<?> result) {
    SearchQueryPageResponse page = new SearchQueryPageResponse();
    page.setTotalItems(result.total());
    page.setHasMoreTotalItems(result.moreThanTotal());
    page.setStartCursor(result.startCursor());
    page.setEndCursor(result.endCursor());
    return page;
  }
}
