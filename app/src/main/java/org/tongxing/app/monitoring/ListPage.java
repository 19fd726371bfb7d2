package org.tongxing.app.monitoring;

import io.camunda.client.api.search.response.SearchResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a monitoring list read with cursors, and the links to its neighbours.
 *
 * @param rows what the page shows of the items found (a case's incidents, say)
 * @param found how many items the search found for this page
 * @param number the page's number (see {@link ListPosition#number()})
 * @param total the matches counted, at most the search side's counting limit
 * @param moreThanTotal whether there are more matches than counted
 * @param startCursor the cursor of the page's first item, for the page before
 * @param endCursor the cursor of the page's last item, for the page after
 */
public record ListPage<T>(
    List<T> rows,
    int found,
    int number,
    int size,
    long total,
    boolean moreThanTotal,
    String startCursor,
    String endCursor) {

  public ListPage {
    rows = List.copyOf(rows);
  }

  public static <T> ListPage<T> empty() {
    return new ListPage<>(List.of(), 0, 1, 0, 0, false, null, null);
  }

  /** The page of these rows, made of the items of {@code response} asked for {@code size}. */
  public static <T> ListPage<T> of(
      List<T> rows, SearchResponse<?> response, ListPosition position, int size) {
    var page = response.page();
    long total =
        page == null || page.totalItems() == null ? response.items().size() : page.totalItems();
    boolean more = page != null && Boolean.TRUE.equals(page.hasMoreTotalItems());
    return new ListPage<>(
        rows,
        response.items().size(),
        position.number(),
        size,
        total,
        more,
        page == null ? null : page.startCursor(),
        page == null ? null : page.endCursor());
  }

  /** The ordinal of the first row (1 on the first page). */
  public long firstRow() {
    return (long) (number - 1) * size + 1;
  }

  public long lastRow() {
    return firstRow() + found - 1;
  }

  public boolean hasPrevious() {
    return number > 1;
  }

  public boolean hasNext() {
    return found == size && endCursor != null && (moreThanTotal || lastRow() < total);
  }

  /** The pages needed for every match counted; at least 1. */
  public long pageCount() {
    return size == 0 ? 1 : Math.max(1, (total + size - 1) / size);
  }

  public boolean paged() {
    return hasPrevious() || hasNext();
  }

  /** The list's address with the page before: the first page plainly, else by cursor. */
  public String previousLink(String path, Map<String, String> search) {
    Map<String, String> parameters = new LinkedHashMap<>(search);
    if (number > 2 && startCursor != null) {
      parameters.put("page", String.valueOf(number - 1));
      parameters.put("before", startCursor);
    }
    return QueryLinks.link(path, parameters);
  }

  public String nextLink(String path, Map<String, String> search) {
    Map<String, String> parameters = new LinkedHashMap<>(search);
    parameters.put("page", String.valueOf(number + 1));
    parameters.put("after", endCursor);
    return QueryLinks.link(path, parameters);
  }

  public String firstLink(String path, Map<String, String> search) {
    return QueryLinks.link(path, search);
  }
}
