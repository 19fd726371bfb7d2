package org.tongxing.app.monitoring.instances;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tongxing.app.monitoring.QueryLinks;

/**
 * The instance search as the page's form sends it (GET parameters, so a search is a link that can
 * be bookmarked and shared). Every field is text as entered; {@link InstanceQuery} reads it.
 */
public record InstanceCriteria(
    String process,
    String version,
    String state,
    String startedFrom,
    String startedTo,
    String endedFrom,
    String endedTo,
    String department,
    String county,
    String caseNumber,
    String applicant,
    String variable,
    String value,
    String incidents,
    String step,
    String error,
    String sort,
    String order,
    String page,
    String after,
    String before) {

  public static final String DEFAULT_SORT = "startDate";

  /** The search's parameters, without the empty ones and without the page. */
  public Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    put(parameters, "process", process);
    put(parameters, "version", version);
    put(parameters, "state", state);
    put(parameters, "startedFrom", startedFrom);
    put(parameters, "startedTo", startedTo);
    put(parameters, "endedFrom", endedFrom);
    put(parameters, "endedTo", endedTo);
    put(parameters, "department", department);
    put(parameters, "county", county);
    put(parameters, "caseNumber", caseNumber);
    put(parameters, "applicant", applicant);
    put(parameters, "variable", variable);
    put(parameters, "value", value);
    put(parameters, "incidents", incidents);
    put(parameters, "step", step);
    put(parameters, "error", error);
    put(parameters, "sort", sort);
    put(parameters, "order", order);
    return parameters;
  }

  /**
   * A link to this search sorted by a column, from its first page: the other direction when it is
   * sorted by it.
   */
  public String sortLink(String path, String column) {
    boolean current = column.equals(sortOrDefault());
    String direction = current && !descending() ? "desc" : current ? "asc" : "desc";
    Map<String, String> parameters = parameters();
    parameters.put("sort", column);
    parameters.put("order", direction);
    return QueryLinks.link(path, parameters);
  }

  public String sortOrDefault() {
    return blank(sort) ? DEFAULT_SORT : sort;
  }

  public boolean descending() {
    return !"asc".equalsIgnoreCase(order);
  }

  public boolean isEmpty() {
    return parameters().keySet().stream()
        .allMatch(name -> name.equals("sort") || name.equals("order"));
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static void put(Map<String, String> parameters, String name, String value) {
    if (!blank(value)) {
      parameters.put(name, value.trim());
    }
  }
}
