package org.tongxing.app.monitoring;

import io.camunda.client.api.command.ClientHttpException;
import java.util.function.Supplier;

/**
 * Runs a list's search and turns the search side's refusal of a page cursor (400: not a cursor, or
 * one of a list in another order, as an edited or old address may hold) into a problem the page
 * names, instead of an error page.
 */
public final class CursorProblems {

  private CursorProblems() {}

  public static <T> T read(ListPosition position, Supplier<T> search) {
    try {
      return search.get();
    } catch (ClientHttpException e) {
      if (e.code() == 400 && !position.first()) {
        String cursor = position.after() != null ? position.after() : position.before();
        throw new InvalidCriteriaException(
            "filters",
            "monitoring.error.cursor",
            cursor.length() > 16 ? cursor.substring(0, 16) + "…" : cursor);
      }
      throw e;
    }
  }
}
