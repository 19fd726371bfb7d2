package org.tongxing.app.monitoring;

import io.camunda.client.api.search.request.SearchRequestPage;
import io.camunda.client.api.search.response.SearchResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads every item of a search, page after page with the search's cursors (as both search backends
 * page beyond 10,000 items), up to a bound.
 */
public final class SearchPaging {

  /** Items per request: large pages, few round trips. */
  static final int PAGE = 1000;

  private SearchPaging() {}

  /** What was read, and whether the bound cut it short. */
  public record Items<T>(List<T> items, boolean truncated) {}

  /**
   * @param search runs the search with the page it is given
   * @param limit the most items read
   */
  public static <T> Items<T> upTo(
      int limit, Function<Consumer<SearchRequestPage>, SearchResponse<T>> search) {
    List<T> items = new ArrayList<>();
    String after = null;
    while (items.size() < limit) {
      int size = Math.min(PAGE, limit - items.size());
      String cursor = after;
      SearchResponse<T> response =
          search.apply(
              page -> {
                page.limit(size);
                if (cursor != null) {
                  page.after(cursor);
                }
              });
      items.addAll(response.items());
      if (response.items().size() < size
          || response.page() == null
          || response.page().endCursor() == null) {
        return new Items<>(items, false);
      }
      after = response.page().endCursor();
    }
    // full: more only if the next page has anything
    String cursor = after;
    boolean more = !search.apply(page -> page.limit(1).after(cursor)).items().isEmpty();
    return new Items<>(items, more);
  }

  /** Splits keys into chunks for filters that take a list ({@code $in}). */
  public static <T> List<List<T>> chunks(List<T> keys, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < keys.size(); i += size) {
      chunks.add(keys.subList(i, Math.min(keys.size(), i + size)));
    }
    return chunks;
  }
}
