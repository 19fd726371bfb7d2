package org.tongxing.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.gateway.support.Dates;
import org.tongxing.gateway.support.GatewayDefaults;
import org.tongxing.search.query.Condition;
import org.tongxing.search.query.InvalidQueryException;
import org.tongxing.search.query.Operator;
import org.tongxing.search.query.SearchQuery;
import org.tongxing.search.query.VariableValueFilter;

/**
 * Reads a Camunda 8 search request ({@code filter}, {@code sort}, {@code page}) into a search
 * query. A filter value is either plain (equals) or an object of operators ({@code $eq}, {@code
 * $neq}, {@code $exists}, {@code $in}, {@code $notIn}, {@code $like}, {@code $gt}, {@code $gte},
 * {@code $lt}, {@code $lte}). Unknown fields and wrong types are refused with the field named.
 */
public final class SearchRequest {

  /** Camunda's default page size. */
  public static final int DEFAULT_LIMIT = 100;

  private SearchRequest() {}

  public static SearchQuery parse(JsonNode body, SearchFields fields) {
    return parse(body, fields, List.of());
  }

  /** Parses the request and adds conditions the endpoint itself imposes. */
  public static SearchQuery parse(JsonNode body, SearchFields fields, List<Condition> imposed) {
    List<Condition> conditions = new ArrayList<>(imposed);
    if (body != null && body.hasNonNull("filter")) {
      JsonNode filter = body.get("filter");
      if (!filter.isObject()) {
        throw new InvalidQueryException("filter", "Expected filter to be an object");
      }
      List<Condition> own = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = filter.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        if (entry.getKey().equals("$or")) {
          addAlternatives(entry.getValue(), fields, conditions);
        } else if (!entry.getValue().isNull()) {
          addConditions(entry.getKey(), entry.getValue(), fields, own);
        }
      }
      conditions.addAll(related(own));
    }
    List<SearchQuery.SortOrder> sort = sort(body, fields);
    int limit = DEFAULT_LIMIT;
    int from = 0;
    String after = null;
    String before = null;
    if (body != null && body.hasNonNull("page")) {
      JsonNode page = body.get("page");
      if (page.hasNonNull("limit")) {
        limit = integer("page.limit", page.get("limit"));
      }
      if (page.hasNonNull("from")) {
        from = integer("page.from", page.get("from"));
      }
      after = cursor(page, "after");
      before = cursor(page, "before");
      if (after != null && before != null) {
        throw new InvalidQueryException(
            "page.before", "Expected page.after or page.before, but got both");
      }
    }
    return new SearchQuery(conditions, sort, from, limit, after, before);
  }

  private static String cursor(JsonNode page, String name) {
    if (!page.hasNonNull(name)) {
      return null;
    }
    if (!page.get(name).isTextual()) {
      throw new InvalidQueryException(
          "page." + name,
          "Expected page."
              + name
              + " to be a cursor (a string) from an earlier page, but got "
              + page.get(name));
    }
    return page.get(name).asText();
  }

  /**
   * {@code $or}: a list of filters of the same fields, at least one of which must hold (each with
   * all its fields). The client sends an empty one with every filter of some searches.
   */
  private static void addAlternatives(
      JsonNode alternatives, SearchFields fields, List<Condition> conditions) {
    if (alternatives.isNull() || (alternatives.isArray() && alternatives.isEmpty())) {
      return;
    }
    if (!alternatives.isArray()) {
      throw new InvalidQueryException(
          "filter.$or", "Expected filter.$or to be an array of filters, but got " + alternatives);
    }
    List<List<Condition>> parsed = new ArrayList<>();
    int index = 0;
    for (JsonNode alternative : alternatives) {
      String path = "filter.$or[" + index++ + "]";
      if (!alternative.isObject()) {
        throw new InvalidQueryException(path, "Expected " + path + " to be a filter object");
      }
      List<Condition> all = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = alternative.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        if (entry.getKey().equals("$or")) {
          throw new InvalidQueryException(
              path + ".$or", "Expected no $or inside an alternative of filter.$or");
        }
        if (!entry.getValue().isNull()) {
          addConditions(entry.getKey(), entry.getValue(), fields, all);
        }
      }
      parsed.add(related(all));
    }
    conditions.add(Condition.anyOf(parsed));
  }

  /**
   * The conditions of one filter object (the top level, or one alternative) with those on a related
   * entity's fields gathered into one condition per relation: all of them must hold for the same
   * related entity, as Camunda reads a process instance filter's {@code elementId} with its {@code
   * elementInstanceState}.
   */
  private static List<Condition> related(List<Condition> conditions) {
    List<Condition> own = new ArrayList<>();
    Map<String, List<Condition>> byRelation = new java.util.LinkedHashMap<>();
    for (Condition condition : conditions) {
      if (condition.operator() == Operator.HAS) {
        @SuppressWarnings("unchecked")
        List<Condition> inner = (List<Condition>) condition.value();
        byRelation.computeIfAbsent(condition.field(), r -> new ArrayList<>()).addAll(inner);
      } else {
        own.add(condition);
      }
    }
    byRelation.forEach((relation, all) -> own.add(Condition.has(relation, all)));
    return own;
  }

  private static void addConditions(
      String field, JsonNode value, SearchFields fields, List<Condition> conditions) {
    FieldType type = fields.type(field);
    if (type == null) {
      throw new InvalidQueryException(
          "filter." + field,
          "Expected a filter field of " + fields.filterNames() + ", but got '" + field + "'");
    }
    String backend = fields.backendName(field);
    String relation = fields.relation(field);
    if (relation != null) {
      List<Condition> inner = new ArrayList<>();
      if (!value.isObject()) {
        inner.add(new Condition(backend, Operator.EQ, convert(field, type, value)));
      } else {
        addOperatorConditions(field, backend, type, value, inner);
      }
      conditions.add(Condition.has(relation, inner));
      return;
    }
    if (type == FieldType.TENANT) {
      // one tenant only: a filter for it matches everything, a filter for another nothing
      if (!value.isTextual() || !GatewayDefaults.TENANT.equals(value.asText())) {
        conditions.add(Condition.none());
      }
      return;
    }
    if (type == FieldType.VARIABLES) {
      addVariableConditions(field, backend, value, conditions);
      return;
    }
    if (type == FieldType.TAGS) {
      if (!value.isArray()) {
        throw new InvalidQueryException(
            "filter." + field, "Expected " + field + " to be an array of tags, but got " + value);
      }
      if (!value.isEmpty()) {
        conditions.add(Condition.none());
      }
      return;
    }
    if (!value.isObject()) {
      conditions.add(new Condition(backend, Operator.EQ, convert(field, type, value)));
      return;
    }
    addOperatorConditions(field, backend, type, value, conditions);
  }

  private static void addVariableConditions(
      String field, String backend, JsonNode value, List<Condition> conditions) {
    if (!value.isArray()) {
      throw new InvalidQueryException(
          "filter." + field,
          "Expected " + field + " to be an array of {name, value}, but got " + value);
    }
    int index = 0;
    for (JsonNode item : value) {
      String path = "filter." + field + "[" + index++ + "]";
      if (!item.hasNonNull("name") || !item.hasNonNull("value")) {
        throw new InvalidQueryException(
            path, "Expected " + path + " to have a name and a value, but got " + item);
      }
      String name = item.get("name").asText();
      List<Condition> valueConditions = new ArrayList<>();
      JsonNode valueFilter = item.get("value");
      if (valueFilter.isObject()) {
        addOperatorConditions(
            path + ".value", "value", FieldType.STRING, valueFilter, valueConditions);
      } else {
        valueConditions.add(new Condition("value", Operator.EQ, valueFilter.asText()));
      }
      for (Condition valueCondition : valueConditions) {
        conditions.add(
            new Condition(
                backend,
                Operator.EQ,
                new VariableValueFilter(
                    name, valueCondition.operator(), asJsonValue(valueCondition))));
      }
    }
  }

  /**
   * Variables are kept as JSON. The client sends a string value as it is ({@code JY-1}, not {@code
   * "JY-1"}), other values as JSON: a value that is not JSON is taken as a string. A {@code $like}
   * pattern is matched against the JSON text as given.
   */
  private static Object asJsonValue(Condition condition) {
    return switch (condition.operator()) {
      case EQ, NEQ -> asJsonText(condition.value());
      case IN, NOT_IN ->
          ((List<?>) condition.value()).stream().map(SearchRequest::asJsonText).toList();
      default -> condition.value();
    };
  }

  private static Object asJsonText(Object value) {
    if (!(value instanceof String text)) {
      return value;
    }
    try {
      JsonNode parsed =
          JsonValues.mapper()
              .reader()
              .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .readTree(text);
      return parsed == null || parsed.isMissingNode() ? JsonValues.toJson(text) : text;
    } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
      return JsonValues.toJson(text);
    }
  }

  private static void addOperatorConditions(
      String field, String backend, FieldType type, JsonNode value, List<Condition> conditions) {
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> operator = it.next();
      String path =
          (field.startsWith("filter.") ? field : "filter." + field) + "." + operator.getKey();
      JsonNode operand = operator.getValue();
      switch (operator.getKey()) {
        case "$eq" ->
            conditions.add(new Condition(backend, Operator.EQ, convert(path, type, operand)));
        case "$neq" ->
            conditions.add(new Condition(backend, Operator.NEQ, convert(path, type, operand)));
        case "$gt" ->
            conditions.add(new Condition(backend, Operator.GT, convert(path, type, operand)));
        case "$gte" ->
            conditions.add(new Condition(backend, Operator.GTE, convert(path, type, operand)));
        case "$lt" ->
            conditions.add(new Condition(backend, Operator.LT, convert(path, type, operand)));
        case "$lte" ->
            conditions.add(new Condition(backend, Operator.LTE, convert(path, type, operand)));
        case "$like" -> {
          if (type != FieldType.STRING) {
            throw new InvalidQueryException(
                path,
                "Expected $like on a text field, but "
                    + field
                    + " is "
                    + type.name().toLowerCase());
          }
          conditions.add(new Condition(backend, Operator.LIKE, operand.asText()));
        }
        case "$exists" ->
            conditions.add(
                new Condition(
                    backend, operand.asBoolean() ? Operator.EXISTS : Operator.NOT_EXISTS, null));
        case "$in", "$notIn" -> {
          if (!operand.isArray()) {
            throw new InvalidQueryException(path, "Expected " + path + " to be an array");
          }
          if (operand.isEmpty()) {
            continue; // the client sends empty lists for operators it does not use
          }
          List<Object> values = new ArrayList<>();
          operand.forEach(item -> values.add(convert(path, type, item)));
          conditions.add(
              new Condition(
                  backend,
                  operator.getKey().equals("$in") ? Operator.IN : Operator.NOT_IN,
                  values));
        }
        default ->
            throw new InvalidQueryException(
                path,
                "Expected a filter operator ($eq, $neq, $exists, $in, $notIn, $like, $gt, $gte, $lt,"
                    + " $lte), but got '"
                    + operator.getKey()
                    + "'");
      }
    }
  }

  private static Object convert(String field, FieldType type, JsonNode value) {
    return switch (type) {
      case KEY -> {
        if (value.isIntegralNumber()) {
          yield value.asLong();
        }
        try {
          yield Long.parseLong(value.asText());
        } catch (NumberFormatException e) {
          throw new InvalidQueryException(
              field,
              "Expected " + field + " to be a key (a string holding a number), but got " + value);
        }
      }
      case INTEGER -> integer(field, value);
      case DATE -> {
        if (!value.isTextual()) {
          throw new InvalidQueryException(
              field, "Expected " + field + " to be an ISO 8601 date-time string, but got " + value);
        }
        yield Dates.parse(field, value.asText());
      }
      case BOOLEAN -> {
        if (!value.isBoolean()) {
          throw new InvalidQueryException(
              field, "Expected " + field + " to be true or false, but got " + value);
        }
        yield value.asBoolean();
      }
      case STRING, TENANT, VARIABLES, TAGS -> {
        if (!value.isValueNode()) {
          throw new InvalidQueryException(
              field, "Expected " + field + " to be a string, but got " + value);
        }
        yield value.asText();
      }
    };
  }

  private static int integer(String field, JsonNode value) {
    if (!value.canConvertToInt() || !(value.isIntegralNumber() || value.isTextual())) {
      throw new InvalidQueryException(
          field, "Expected " + field + " to be a whole number, but got " + value);
    }
    try {
      return value.isTextual() ? Integer.parseInt(value.asText()) : value.asInt();
    } catch (NumberFormatException e) {
      throw new InvalidQueryException(
          field, "Expected " + field + " to be a whole number, but got " + value);
    }
  }

  private static List<SearchQuery.SortOrder> sort(JsonNode body, SearchFields fields) {
    List<SearchQuery.SortOrder> sort = new ArrayList<>();
    if (body == null || !body.hasNonNull("sort")) {
      return sort;
    }
    for (JsonNode order : body.get("sort")) {
      String field = order.path("field").asText("");
      String backend = fields.sortBackendName(field);
      if (backend == null) {
        throw new InvalidQueryException(
            "sort.field",
            "Expected a sort field of " + fields.sortNames() + ", but got '" + field + "'");
      }
      String direction = order.path("order").asText("ASC");
      if (!direction.equalsIgnoreCase("ASC") && !direction.equalsIgnoreCase("DESC")) {
        throw new InvalidQueryException(
            "sort.order", "Expected sort order ASC or DESC, but got '" + direction + "'");
      }
      sort.add(new SearchQuery.SortOrder(backend, direction.equalsIgnoreCase("DESC")));
    }
    return sort;
  }
}
