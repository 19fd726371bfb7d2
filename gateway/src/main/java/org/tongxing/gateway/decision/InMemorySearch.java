package org.tongxing.gateway.decision;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.SearchQueryPageResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.gateway.support.GatewayDefaults;

/**
 * A Camunda search request ({@code filter}, {@code sort}, {@code page}) over a small list held in
 * memory: the deployed decisions, which the engine answers whole. Filters compare a field with a
 * plain value or with {@code $eq} / {@code $in}; sorting takes the fields named; paging takes
 * {@code from} and {@code limit}. Unknown fields are refused with the field named.
 *
 * @param <T> the items searched
 */
final class InMemorySearch<T> {

  /** Camunda's default page size. */
  private static final int DEFAULT_LIMIT = 100;

  private final Map<String, Function<T, Object>> fields = new LinkedHashMap<>();

  InMemorySearch<T> field(String name, Function<T, Object> value) {
    fields.put(name, value);
    return this;
  }

  /** The page of items that the request asks for, and the page description. */
  record Page<T>(List<T> items, SearchQueryPageResponse page) {}

  Page<T> search(List<T> all, JsonNode request) {
    Predicate<T> filter = filter(request == null ? null : request.get("filter"));
    List<T> matching = new ArrayList<>(all.stream().filter(filter).toList());
    Comparator<T> order = order(request == null ? null : request.get("sort"));
    if (order != null) {
      matching.sort(order);
    }
    JsonNode page = request == null ? null : request.get("page");
    int from = integer(page, "from", 0);
    int limit = integer(page, "limit", DEFAULT_LIMIT);
    List<T> items =
        matching.subList(Math.min(from, matching.size()), Math.min(matching.size(), from + limit));
    SearchQueryPageResponse response = new SearchQueryPageResponse();
    response.setTotalItems((long) matching.size());
    response.setHasMoreTotalItems(false);
    return new Page<>(List.copyOf(items), response);
  }

  private Predicate<T> filter(JsonNode filter) {
    if (filter == null || filter.isNull()) {
      return item -> true;
    }
    if (!filter.isObject()) {
      throw invalid("Expected filter to be an object, but got " + filter.getNodeType());
    }
    Predicate<T> all = item -> true;
    for (Iterator<Map.Entry<String, JsonNode>> it = filter.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (entry.getValue().isNull()) {
        continue;
      }
      if (entry.getKey().equals("tenantId")) {
        String tenant =
            entry.getValue().isObject() && entry.getValue().has("$eq")
                ? entry.getValue().get("$eq").asText()
                : entry.getValue().asText();
        if (!tenant.equals(GatewayDefaults.TENANT)) {
          return item -> false;
        }
        continue;
      }
      Function<T, Object> value = field("filter." + entry.getKey(), entry.getKey());
      List<String> accepted = accepted(entry.getKey(), entry.getValue());
      all = all.and(item -> accepted.contains(String.valueOf(value.apply(item))));
    }
    return all;
  }

  private static List<String> accepted(String name, JsonNode value) {
    if (value.isValueNode()) {
      return List.of(value.asText());
    }
    if (value.isObject() && value.size() == 1 && value.has("$eq")) {
      return List.of(value.get("$eq").asText());
    }
    if (value.isObject() && value.size() == 1 && value.has("$in") && value.get("$in").isArray()) {
      List<String> values = new ArrayList<>();
      value.get("$in").forEach(v -> values.add(v.asText()));
      return values;
    }
    throw invalid(
        "Expected filter."
            + name
            + " to be a value, {\"$eq\": value} or {\"$in\":"
            + " [values]}, but got "
            + value);
  }

  private Comparator<T> order(JsonNode sort) {
    if (sort == null || sort.isNull() || sort.isEmpty()) {
      return null;
    }
    Comparator<T> order = null;
    for (JsonNode criterion : sort) {
      String name = criterion.path("field").asText();
      Function<T, Object> value = field("sort.field", name);
      Comparator<T> byField =
          Comparator.comparing(
              item -> comparable(value.apply(item)),
              Comparator.nullsLast(Comparator.naturalOrder()));
      if ("desc".equalsIgnoreCase(criterion.path("order").asText("asc"))) {
        byField = byField.reversed();
      }
      order = order == null ? byField : order.thenComparing(byField);
    }
    return order;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Comparable<Object> comparable(Object value) {
    return value instanceof Comparable comparable
        ? comparable
        : (Comparable) Objects.toString(value);
  }

  private Function<T, Object> field(String where, String name) {
    Function<T, Object> value = fields.get(name);
    if (value == null) {
      throw invalid(
          "Expected " + where + " to be one of " + fields.keySet() + ", but got '" + name + "'");
    }
    return value;
  }

  private static int integer(JsonNode page, String name, int fallback) {
    if (page == null || !page.hasNonNull(name)) {
      return fallback;
    }
    JsonNode value = page.get(name);
    if (!value.canConvertToInt() || value.asInt() < 0) {
      throw invalid("Expected page." + name + " to be a number of at least 0, but got " + value);
    }
    return value.asInt();
  }

  private static CommandRejectedException invalid(String message) {
    return new CommandRejectedException(RejectionType.INVALID_ARGUMENT, message);
  }
}
