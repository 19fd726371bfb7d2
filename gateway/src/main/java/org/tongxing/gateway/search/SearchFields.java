package org.tongxing.gateway.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The filter and sort fields of one search endpoint, by API name, with their types and the
 * search side's field names.
 */
public final class SearchFields {

  private record Field(FieldType type, String backendName) {}

  private final Map<String, Field> filters = new LinkedHashMap<>();
  private final Map<String, String> sorts = new LinkedHashMap<>();

  public SearchFields filter(String apiName, FieldType type) {
    return filter(apiName, type, apiName);
  }

  public SearchFields filter(String apiName, FieldType type, String backendName) {
    filters.put(apiName, new Field(type, backendName));
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
