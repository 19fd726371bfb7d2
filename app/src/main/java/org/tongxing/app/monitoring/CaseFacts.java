package org.tongxing.app.monitoring;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.Variable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What people call a case by (its number, applicant, employer, county), read from the variables
 * that {@code tongxing.monitoring.case-fields} names: one variable search for a page of cases.
 */
@Component
public class CaseFacts {

  /** The facts of one case; a fact its process does not keep is {@code null}. */
  public record Facts(
      String caseNumber,
      String applicant,
      String applicantIdNumber,
      String employer,
      String county) {

    public static final Facts NONE = new Facts(null, null, null, null, null);
  }

  private static final int KEYS_PER_SEARCH = 200;
  private static final int MOST_NAMES = 3;

  private final CamundaClient client;
  private final List<VariablePath> caseNumber;
  private final List<VariablePath> applicant;
  private final List<VariablePath> applicantId;
  private final List<VariablePath> employer;
  private final List<VariablePath> county;
  private final List<String> variableNames;

  public CaseFacts(CamundaClient client, MonitoringProperties properties) {
    this.client = client;
    MonitoringProperties.CaseFields fields = properties.caseFields();
    this.caseNumber = VariablePath.parseAll(fields.caseNumber());
    this.applicant = VariablePath.parseAll(fields.applicantName());
    this.applicantId = VariablePath.parseAll(fields.applicantIdNumber());
    this.employer = VariablePath.parseAll(fields.employer());
    this.county = VariablePath.parseAll(fields.county());
    Set<String> names = new LinkedHashSet<>();
    for (List<VariablePath> paths : List.of(caseNumber, applicant, applicantId, employer, county)) {
      paths.forEach(path -> names.add(path.variable()));
    }
    this.variableNames = List.copyOf(names);
  }

  public Map<Long, Facts> of(Collection<Long> processInstanceKeys) {
    Map<Long, Map<String, String>> values = new HashMap<>();
    List<Long> keys = new ArrayList<>(new LinkedHashSet<>(processInstanceKeys));
    for (List<Long> chunk : SearchPaging.chunks(keys, KEYS_PER_SEARCH)) {
      SearchPaging.Items<Variable> found =
          SearchPaging.upTo(
              chunk.size() * variableNames.size(),
              page ->
                  client
                      .newVariableSearchRequest()
                      .filter(
                          filter ->
                              filter
                                  .processInstanceKey(key -> key.in(chunk))
                                  .name(name -> name.in(variableNames)))
                      .page(page)
                      .execute());
      for (Variable variable : found.items()) {
        // the process's own variables; inner scopes hold working copies
        if (Objects.equals(variable.getScopeKey(), variable.getProcessInstanceKey())) {
          values
              .computeIfAbsent(variable.getProcessInstanceKey(), key -> new HashMap<>())
              .put(variable.getName(), variable.getValue());
        }
      }
    }
    Map<Long, Facts> facts = new HashMap<>();
    for (Long key : keys) {
      Map<String, String> variables = values.getOrDefault(key, Map.of());
      facts.put(
          key,
          new Facts(
              first(caseNumber, variables),
              names(applicant, variables),
              first(applicantId, variables),
              first(employer, variables),
              first(county, variables)));
    }
    return facts;
  }

  public Facts of(long processInstanceKey) {
    return of(List.of(processInstanceKey)).getOrDefault(processInstanceKey, Facts.NONE);
  }

  private static String first(List<VariablePath> paths, Map<String, String> variables) {
    for (VariablePath path : paths) {
      List<String> found = path.valuesIn(variables.get(path.variable()));
      if (!found.isEmpty()) {
        return found.get(0);
      }
    }
    return null;
  }

  /** Several applicants (an employer's employees) as 陈建国、钱伟 等 5 人. */
  private static String names(List<VariablePath> paths, Map<String, String> variables) {
    for (VariablePath path : paths) {
      List<String> found = path.valuesIn(variables.get(path.variable()));
      if (!found.isEmpty()) {
        String shown = String.join("、", found.subList(0, Math.min(MOST_NAMES, found.size())));
        return found.size() > MOST_NAMES
            ? shown + " (+" + (found.size() - MOST_NAMES) + ")"
            : shown;
      }
    }
    return null;
  }
}
