package org.tongxing.app.monitoring;

import io.camunda.client.api.search.request.SearchRequestPage;

/**
 * Where a page of a monitoring list starts, as its address says: the first page, or the page after
 * ({@code after}) or before ({@code before}) a page seen earlier, by the search's cursor. Cursors
 * hold the sort values of the page's first or last item, so a page costs the same however deep it
 * is (offsets end at 10,000 on both search backends and on Camunda 8) and the address can be
 * bookmarked. The page number is only what the page calls itself.
 *
 * @param after the end cursor of the page before, or {@code null}
 * @param before the start cursor of the page after, or {@code null}
 * @param number the page's number, counted from the first as it was reached
 */
public record ListPosition(String after, String before, int number) {

  public static final ListPosition FIRST = new ListPosition(null, null, 1);

  /** The position the address gives; the first page when it gives no cursor. */
  public static ListPosition read(String after, String before, String page) {
    String afterCursor = blank(after) ? null : after.trim();
    String beforeCursor = blank(before) ? null : before.trim();
    if (afterCursor == null && beforeCursor == null) {
      return FIRST;
    }
    if (afterCursor != null && beforeCursor != null) {
      // only one can be followed; the newer link is the one after
      beforeCursor = null;
    }
    int number = 2;
    try {
      number = Math.max(afterCursor != null ? 2 : 1, Integer.parseInt(page.trim()));
    } catch (RuntimeException notANumber) {
      // a page number is only a label; a cursor without it is still a page
    }
    return new ListPosition(afterCursor, beforeCursor, number);
  }

  public boolean first() {
    return after == null && before == null;
  }

  /** Asks the search for this page of {@code size} items. */
  public void apply(SearchRequestPage page, int size) {
    page.limit(size);
    if (after != null) {
      page.after(after);
    } else if (before != null) {
      page.before(before);
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
