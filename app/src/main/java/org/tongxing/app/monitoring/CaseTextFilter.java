package org.tongxing.app.monitoring;

import io.camunda.client.api.search.filter.ProcessInstanceFilterBase;
import io.camunda.client.api.search.filter.VariableValueFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Process instance filters for what people type: a case number, a name, a county. Each fact may sit
 * in several variables (see {@link VariablePath}), so a search is a list of alternatives ({@code
 * $or}), one per combination of places, each requiring every fact asked for.
 */
public final class CaseTextFilter {

  /** More alternatives than this would make one search too heavy. */
  static final int MOST_ALTERNATIVES = 256;

  /** One fact asked for: its places, the text, and whether the text may be a beginning. */
  public record Wanted(List<VariablePath> paths, String text, boolean prefix) {

    public Wanted {
      if (text.indexOf('*') >= 0 || text.indexOf('?') >= 0) {
        throw new InvalidCriteriaException("monitoring.error.wildcard", text);
      }
    }
  }

  private CaseTextFilter() {}

  /** The alternatives; empty when nothing is wanted. */
  public static List<Consumer<ProcessInstanceFilterBase>> alternatives(List<Wanted> wanted) {
    List<List<Consumer<VariableValueFilter>>> combinations = new ArrayList<>();
    combinations.add(List.of());
    for (Wanted fact : wanted) {
      List<List<Consumer<VariableValueFilter>>> next = new ArrayList<>();
      for (List<Consumer<VariableValueFilter>> combination : combinations) {
        for (VariablePath path : fact.paths()) {
          List<Consumer<VariableValueFilter>> extended = new ArrayList<>(combination);
          extended.add(valueFilter(path, fact.text(), fact.prefix()));
          next.add(extended);
        }
      }
      combinations = next;
      if (combinations.size() > MOST_ALTERNATIVES) {
        throw new InvalidCriteriaException("monitoring.error.tooManyFacts", MOST_ALTERNATIVES);
      }
    }
    if (wanted.isEmpty()) {
      return List.of();
    }
    return combinations.stream()
        .map(filters -> (Consumer<ProcessInstanceFilterBase>) f -> f.variables(filters))
        .toList();
  }

  private static Consumer<VariableValueFilter> valueFilter(
      VariablePath path, String text, boolean prefix) {
    if (path.isWholeVariable() && !prefix) {
      // equality: the indexed, cheap way; the value as JSON text, as both backends store it
      return filter -> filter.name(path.variable()).value(VariablePath.quoted(text));
    }
    String pattern = path.likePattern(text, prefix);
    return filter -> filter.name(path.variable()).value(value -> value.like(pattern));
  }
}
