package org.tongxing.search.elasticsearch;

import java.util.Map;
import java.util.Set;
import org.tongxing.search.query.SearchEntity;

/**
 * Which document field holds which API field. Documents are the entity records as JSON, so most
 * fields keep their API names; these are the ones that differ.
 */
final class DocumentFields {

  private DocumentFields() {}

  private static final Map<String, Map<String, String>> RENAMED =
      Map.of(
          SearchEntity.USER_TASKS.name(),
              Map.of(
                  "candidateGroup", "candidateGroups",
                  "candidateUser", "candidateUsers"),
          SearchEntity.PROCESS_INSTANCES.name(),
              Map.of(
                  // the messages of the instance's active incidents
                  "errorMessage", "errorMessages"),
          SearchEntity.MESSAGE_SUBSCRIPTIONS.name(),
              Map.of(
                  "messageSubscriptionKey", "subscriptionKey",
                  "messageSubscriptionState", "state",
                  "lastUpdatedDate", "lastUpdated"),
          SearchEntity.DECISION_INSTANCES.name(),
              Map.of(
                  "decisionEvaluationInstanceKey", "instanceId",
                  "decisionEvaluationKey", "evaluationKey",
                  "decisionDefinitionId", "decisionId",
                  "decisionDefinitionName", "decisionName",
                  "decisionDefinitionVersion", "decisionVersion",
                  "decisionDefinitionKey", "decisionKey",
                  "decisionDefinitionType", "decisionType"));

  /** Filters on variables: the field holds the scope's variables, name → JSON value. */
  static final Set<String> VARIABLE_FILTERS =
      Set.of("variables", "processInstanceVariables", "localVariables");

  /**
   * The variables of a variable filter field once more, as {@code name SEPARATOR value} terms
   * ({@code <field>Entries}): a flattened field answers equality and ranges, but no wildcard
   * ({@code $like}) on a key, which these answer.
   */
  static String entriesOf(String variableFilter) {
    return variableFilter + "Entries";
  }

  /** Between a variable's name and its value in an entry; no variable name holds it. */
  static final char ENTRY_SEPARATOR = '\u001f';

  /** The entries of a scope's variables (name → JSON text; too long ones are null). */
  static java.util.List<String> entries(Map<String, Object> variables) {
    return variables.entrySet().stream()
        .filter(variable -> variable.getValue() instanceof String)
        .map(variable -> variable.getKey() + ENTRY_SEPARATOR + variable.getValue())
        .sorted()
        .toList();
  }

  /** Fields kept for the exporter's own bookkeeping or too big to return with every hit. */
  static final java.util.List<String> NOT_RETURNED =
      java.util.List.of(
          "variables",
          "processInstanceVariables",
          "localVariables",
          "activeIncidents",
          "userTasks",
          "bpmnXml",
          "scopeUserTaskKey",
          "incidentMessages",
          "errorMessages",
          "elements",
          "elementInstances",
          "variablesEntries",
          "processInstanceVariablesEntries",
          "localVariablesEntries");

  static String of(SearchEntity<?> entity, String apiField) {
    String field =
        apiField.equals(org.tongxing.search.query.Condition.KEY) ? entity.keyField() : apiField;
    return RENAMED.getOrDefault(entity.name(), Map.of()).getOrDefault(field, field);
  }
}
