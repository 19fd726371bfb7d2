package org.tongxing.gateway.search;

import io.camunda.client.protocol.rest.SearchQueryPageResponse;
import org.tongxing.search.query.SearchQuery;
import org.tongxing.search.query.SearchResult;

/** The {@code page} part of a search response, with cursors for the pages before and after. */
public final class SearchPage {

  private SearchPage() {}

  public static SearchQueryPageResponse of(SearchQuery query, SearchResult<?> result) {
    SearchQueryPageResponse page = new SearchQueryPageResponse();
    page.setTotalItems(result.total());
    page.setHasMoreTotalItems(result.moreThanTotal());
    if (!result.items().isEmpty()) {
      page.setStartCursor(PageCursor.encode(query.from()));
      page.setEndCursor(PageCursor.encode((long) query.from() + result.items().size()));
    }
    return page;
  }
}
