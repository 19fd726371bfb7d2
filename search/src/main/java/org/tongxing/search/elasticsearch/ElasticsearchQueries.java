package org.tongxing.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.tongxing.search.query.Condition;
import org.tongxing.search.query.Operator;
import org.tongxing.search.query.SearchEntity;
import org.tongxing.search.query.VariableValueFilter;

/** Turns filter conditions into Elasticsearch queries, with the SQL backend's meaning. */
final class ElasticsearchQueries {

  private ElasticsearchQueries() {}

  /** All conditions hold. */
  static Query all(SearchEntity<?> entity, List<Condition> conditions) {
    if (conditions.isEmpty()) {
      return Query.of(q -> q.matchAll(m -> m));
    }
    List<Query> filters = new ArrayList<>();
    for (Condition condition : conditions) {
      filters.add(one(entity, condition));
    }
    return Query.of(q -> q.bool(b -> b.filter(filters)));
  }

  private static Query one(SearchEntity<?> entity, Condition condition) {
    if (condition.operator() == Operator.NONE) {
      return Query.of(q -> q.matchNone(m -> m));
    }
    if (condition.operator() == Operator.ANY_OF) {
      List<Query> alternatives = new ArrayList<>();
      for (Object alternative : (List<?>) condition.value()) {
        @SuppressWarnings("unchecked")
        List<Condition> each = (List<Condition>) alternative;
        alternatives.add(all(entity, each));
      }
      return alternatives.isEmpty()
          ? Query.of(q -> q.matchAll(m -> m))
          : Query.of(q -> q.bool(b -> b.should(alternatives).minimumShouldMatch("1")));
    }
    if (DocumentFields.VARIABLE_FILTERS.contains(condition.field())) {
      VariableValueFilter filter = (VariableValueFilter) condition.value();
      if (filter.operator() == Operator.LIKE) {
        // the value's pattern after the name in the entries, as a whole term
        String pattern = escaped(filter.name()) + DocumentFields.ENTRY_SEPARATOR + filter.value();
        String entries = DocumentFields.entriesOf(condition.field());
        return Query.of(q -> q.wildcard(w -> w.field(entries).value(pattern)));
      }
      String field = condition.field() + "." + filter.name();
      Query match = compare(field, filter.operator(), filter.value());
      // as in SQL: the variable exists and its value matches
      return filter.operator() == Operator.NEQ || filter.operator() == Operator.NOT_IN
          ? Query.of(q -> q.bool(b -> b.filter(exists(field)).filter(match)))
          : match;
    }
    if (condition.operator() == Operator.HAS) {
      // the instance's element instances, once per element, state and incident (nested, so
      // that one of them must match every condition)
      String path = condition.field();
      @SuppressWarnings("unchecked")
      List<Condition> inner = (List<Condition>) condition.value();
      List<Query> each = new ArrayList<>();
      for (Condition field : inner) {
        each.add(compare(path + "." + field.field(), field.operator(), field.value()));
      }
      return Query.of(
          q -> q.nested(n -> n.path(path).query(Query.of(b -> b.bool(all -> all.filter(each))))));
    }
    if (entity == SearchEntity.PROCESS_INSTANCES
        && condition.field().equals("errorMessage")
        && (condition.operator() == Operator.NEQ || condition.operator() == Operator.NOT_IN)) {
      // as in SQL: the instance has active incidents, none of them with the message
      String field = DocumentFields.of(entity, condition.field());
      Query match = compare(field, condition.operator(), condition.value());
      return Query.of(q -> q.bool(b -> b.filter(exists(field)).filter(match)));
    }
    if (entity == SearchEntity.ELEMENT_INSTANCES && condition.field().equals("hasIncident")) {
      return Boolean.TRUE.equals(condition.value())
          ? exists("incidentKey")
          : Query.of(q -> q.bool(b -> b.mustNot(exists("incidentKey"))));
    }
    return compare(
        DocumentFields.of(entity, condition.field()), condition.operator(), condition.value());
  }

  private static Query compare(String field, Operator operator, Object value) {
    return switch (operator) {
      case EQ -> term(field, value);
      case NEQ -> not(term(field, value));
      case IN -> terms(field, value);
      case NOT_IN -> not(terms(field, value));
      case EXISTS -> exists(field);
      case NOT_EXISTS -> not(exists(field));
      // Camunda's $like wildcards (* and ?, \ escapes) are Elasticsearch's
      case LIKE -> Query.of(q -> q.wildcard(w -> w.field(field).value(String.valueOf(value))));
      case GT -> Query.of(q -> q.range(r -> r.untyped(u -> u.field(field).gt(json(value)))));
      case GTE -> Query.of(q -> q.range(r -> r.untyped(u -> u.field(field).gte(json(value)))));
      case LT -> Query.of(q -> q.range(r -> r.untyped(u -> u.field(field).lt(json(value)))));
      case LTE -> Query.of(q -> q.range(r -> r.untyped(u -> u.field(field).lte(json(value)))));
      case ANY_OF, HAS, NONE ->
          throw new IllegalArgumentException(
              "Expected " + operator + " to be handled before comparing a field");
    };
  }

  /** Text matched as it is in a wildcard pattern. */
  private static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
  }

  static Query term(String field, Object value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value(value))));
  }

  static Query terms(String field, Object value) {
    Collection<?> values = value instanceof Collection<?> c ? c : List.of(value);
    List<FieldValue> fieldValues = values.stream().map(ElasticsearchQueries::value).toList();
    return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
  }

  static Query exists(String field) {
    return Query.of(q -> q.exists(e -> e.field(field)));
  }

  static Query not(Query query) {
    return Query.of(q -> q.bool(BoolQuery.of(b -> b.mustNot(query))));
  }

  static FieldValue value(Object value) {
    if (value == null) {
      return FieldValue.NULL;
    }
    if (value instanceof Long || value instanceof Integer) {
      return FieldValue.of(((Number) value).longValue());
    }
    if (value instanceof Number number) {
      return FieldValue.of(number.doubleValue());
    }
    if (value instanceof Boolean bool) {
      return FieldValue.of(bool.booleanValue());
    }
    return FieldValue.of(String.valueOf(value));
  }

  private static JsonData json(Object value) {
    return JsonData.of(value);
  }
}
