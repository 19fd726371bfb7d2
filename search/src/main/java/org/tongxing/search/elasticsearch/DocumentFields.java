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

  private static final Map<String, Map<String, String>> RENAMED = Map.of(
      SearchEntity.USER_TASKS.name(), Map.of(
          "candidateGroup", "candidateGroups",
          "candidateUser", "candidateUsers"),
      SearchEntity.MESSAGE_SUBSCRIPTIONS.name(), Map.of(
          "messageSubscriptionKey", "subscriptionKey",
          "messageSubscriptionState", "state",
          "lastUpdatedDate", "lastUpdated"),
      SearchEntity.DECISION_INSTANCES.name(), Map.of(
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

  /** Fields kept for the exporter's own bookkeeping or too big to return with every hit. */
  static final java.util.List<String> NOT_RETURNED = java.util.List.of("variables",
      "processInstanceVariables", "localVariables", "activeIncidents", "userTasks", "bpmnXml",
      "scopeUserTaskKey");

  static String of(SearchEntity<?> entity, String apiField) {
    String field = apiField.equals(org.tongxing.search.query.Condition.KEY)
        ? entity.keyField() : apiField;
    return RENAMED.getOrDefault(entity.name(), Map.of()).getOrDefault(field, field);
  }
}
