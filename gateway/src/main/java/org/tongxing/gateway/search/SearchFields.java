package org.tongxing.gateway.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The filter and sort fields of one search endpoint, by API name, with their types and the search
 * side's field names.
 */
public final class SearchFields {

  /**
   * @param relation the related entity the field belongs to ({@code null}: the entity's own), all
   *     of whose fields in one filter must match the same related entity
   */
  private record Field(FieldType type, String backendName, String relation) {}

  private final Map<String, Field> filters = new LinkedHashMap<>();
  private final Map<String, String> sorts = new LinkedHashMap<>();

  public SearchFields filter(String apiName, FieldType type) {
    return filter(apiName, type, apiName);
  }

  public SearchFields filter(String apiName, FieldType type, String backendName) {
    filters.put(apiName, new Field(type, backendName, null));
    return this;
  }

  /**
   * A filter on a related entity's field: the filter's fields of one relation are one condition
   * ({@code Operator.HAS}), met by one related entity, e.g. a process instance's {@code elementId}
   * and {@code elementInstanceState} by the same element instance.
   */
  public SearchFields related(String apiName, FieldType type, String relation, String backendName) {
    filters.put(apiName, new Field(type, backendName, relation));
    return this;
  }

  public SearchFields sort(String apiName) {
    return sort(apiName, apiName);
  }

  public SearchFields sort(String apiName, String backendName) {
    sorts.put(apiName, backendName);
    return this;
  }

  FieldType type(String apiName) {
    Field field = filters.get(apiName);
    return field == null ? null : field.type();
  }

  String backendName(String apiName) {
    return filters.get(apiName).backendName();
  }

  /** The relation the field belongs to, or {@code null} for the entity's own fields. */
  String relation(String apiName) {
    Field field = filters.get(apiName);
    return field == null ? null : field.relation();
  }

  String sortBackendName(String apiName) {
    return sorts.get(apiName);
  }

  Set<String> filterNames() {
    return filters.keySet();
  }

  Set<String> sortNames() {
    return sorts.keySet();
  }
}
