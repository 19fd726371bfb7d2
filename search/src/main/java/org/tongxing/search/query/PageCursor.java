package org.tongxing.search.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.tongxing.engine.json.JsonValues;

/**
 * A page cursor: the sort values of an item (its key last) and the order they belong to, as
 * URL-safe Base64 of JSON. The next page is the items after those values in that order (keyset
 * paging in SQL, {@code search_after} in Elasticsearch): it stays right while items are added, and
 * costs the same however deep. A cursor is made and read by the same backend; it says which order
 * it was made for, so a cursor of another search is refused.
 */
public final class PageCursor {

  private PageCursor() {}

  /** The cursor of an item with these sort values in this order. */
  public static String encode(List<SearchQuery.SortOrder> sort, List<?> values) {
    ObjectNode cursor = JsonValues.mapper().createObjectNode();
    ArrayNode order = cursor.putArray("sort");
    sort.forEach(field -> order.add(field.toString()));
    cursor.set("values", JsonValues.mapper().valueToTree(values));
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(cursor.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The sort values a cursor holds; refused, naming the field ({@code page.after} or {@code
   * page.before}), when it is no cursor or one of a search in another order.
   */
  public static List<Object> decode(String field, String cursor, List<SearchQuery.SortOrder> sort) {
    JsonNode node;
    try {
      node = JsonValues.mapper().readTree(Base64.getUrlDecoder().decode(cursor));
    } catch (Exception e) {
      throw notACursor(field, cursor);
    }
    if (node == null || !node.path("sort").isArray() || !node.path("values").isArray()) {
      throw notACursor(field, cursor);
    }
    List<String> order = new ArrayList<>();
    node.get("sort").forEach(item -> order.add(item.asText()));
    List<String> expected = sort.stream().map(SearchQuery.SortOrder::toString).toList();
    if (!order.equals(expected)) {
      throw new InvalidQueryException(
          field,
          "Expected "
              + field
              + " to be a cursor of a page"
              + " sorted by "
              + expected
              + ", but it is one of a page sorted by "
              + order);
    }
    if (node.get("values").size() != sort.size()) {
      throw notACursor(field, cursor);
    }
    List<Object> values = new ArrayList<>();
    for (JsonNode value : node.get("values")) {
      values.add(
          value.isNull()
              ? null
              : value.isBoolean()
                  ? value.booleanValue()
                  : value.isIntegralNumber()
                      ? value.longValue()
                      : value.isNumber() ? value.doubleValue() : value.asText());
    }
    return values;
  }

  private static InvalidQueryException notACursor(String field, String cursor) {
    return new InvalidQueryException(
        field,
        "Expected "
            + field
            + " to be the start or end cursor of an earlier page, but got '"
            + cursor
            + "'");
  }
}
