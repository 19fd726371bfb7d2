package org.tongxing.search.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tongxing.search.entity.DecisionInstanceEntity;
import org.tongxing.search.entity.ElementInstanceEntity;
import org.tongxing.search.entity.FormEntity;
import org.tongxing.search.entity.IncidentEntity;
import org.tongxing.search.entity.JobEntity;
import org.tongxing.search.entity.MessageSubscriptionEntity;
import org.tongxing.search.entity.ProcessDefinitionEntity;
import org.tongxing.search.entity.ProcessInstanceEntity;
import org.tongxing.search.entity.UserTaskEntity;
import org.tongxing.search.entity.VariableEntity;

/**
 * A searchable kind of entity, whichever backend holds it: its fields as the Camunda API names
 * them, which of them may be empty, and its default order. Backends map each field to their own
 * column or document field; {@link #check} refuses what no backend can answer, so a bad query gets
 * the same 400 on every backend.
 *
 * @param name the entity's name, e.g. {@code user-task} (Elasticsearch names its index by it)
 * @param keyField the field that identifies one entity
 * @param fields fields to filter and sort on
 * @param filterOnly fields that only filter (candidates, variables, whether there is an incident)
 * @param nullable fields that may have no value: sorted after all values ascending, before them
 *     descending, on every backend
 * @param defaultSort the order when a query names none (the key breaks ties)
 * @param related relations to other entities a filter may ask about ({@link Operator#HAS}), with
 *     the fields of the related entity it may name
 */
public record SearchEntity<T>(
    String name,
    Class<T> type,
    String keyField,
    Set<String> fields,
    Set<String> filterOnly,
    Set<String> nullable,
    List<SearchQuery.SortOrder> defaultSort,
    java.util.Map<String, Set<String>> related) {

  public SearchEntity {
    related = java.util.Map.copyOf(related);
  }

  public SearchEntity(
      String name,
      Class<T> type,
      String keyField,
      Set<String> fields,
      Set<String> filterOnly,
      Set<String> nullable,
      List<SearchQuery.SortOrder> defaultSort) {
    this(name, type, keyField, fields, filterOnly, nullable, defaultSort, java.util.Map.of());
  }

  /**
   * A process instance's element instances (not the process itself), for "instances with an element
   * instance at this element, in this state, with an incident" (Camunda 8.8's {@code elementId},
   * {@code elementInstanceState}, {@code hasElementInstanceIncident}).
   */
  public static final String ELEMENT_INSTANCES_RELATION = "elementInstances";

  /** The most items one page may hold, and the deepest an offset may reach. */
  public static final int MAX_RESULT_WINDOW = 10_000;

  /** Searches count their matches up to this many (Elasticsearch's default). */
  public static final long MAX_COUNT = 10_000;

  public static final SearchEntity<ProcessDefinitionEntity> PROCESS_DEFINITIONS =
      new SearchEntity<>(
          "process-definition",
          ProcessDefinitionEntity.class,
          "processDefinitionKey",
          Set.of("processDefinitionKey", "processDefinitionId", "name", "version", "resourceName"),
          Set.of(),
          Set.of("name"),
          List.of(
              SearchQuery.SortOrder.asc("processDefinitionId"),
              SearchQuery.SortOrder.desc("version")));

  public static final SearchEntity<FormEntity> FORMS =
      new SearchEntity<>(
          "form",
          FormEntity.class,
          "formKey",
          Set.of("formKey", "formId", "version"),
          Set.of(),
          Set.of(),
          List.of(SearchQuery.SortOrder.asc("formId"), SearchQuery.SortOrder.desc("version")));

  public static final SearchEntity<ProcessInstanceEntity> PROCESS_INSTANCES =
      new SearchEntity<>(
          "process-instance",
          ProcessInstanceEntity.class,
          "processInstanceKey",
          Set.of(
              "processInstanceKey",
              "processDefinitionKey",
              "processDefinitionId",
              "processDefinitionName",
              "processDefinitionVersion",
              "state",
              "startDate",
              "endDate",
              "parentProcessInstanceKey",
              "parentElementInstanceKey"),
          // errorMessage: the message of one of the instance's active incidents
          Set.of("hasIncident", "variables", "errorMessage"),
          Set.of(
              "processDefinitionName",
              "endDate",
              "parentProcessInstanceKey",
              "parentElementInstanceKey"),
          List.of(SearchQuery.SortOrder.desc("startDate")),
          java.util.Map.of(
              ELEMENT_INSTANCES_RELATION, Set.of("elementId", "state", "hasIncident")));

  public static final SearchEntity<ElementInstanceEntity> ELEMENT_INSTANCES =
      new SearchEntity<>(
          "element-instance",
          ElementInstanceEntity.class,
          "elementInstanceKey",
          Set.of(
              "elementInstanceKey",
              "processInstanceKey",
              "processDefinitionKey",
              "processDefinitionId",
              "elementId",
              "type",
              "state",
              "startDate",
              "endDate",
              "incidentKey"),
          Set.of("hasIncident"),
          Set.of("endDate", "incidentKey"),
          List.of(SearchQuery.SortOrder.asc("startDate")));

  public static final SearchEntity<UserTaskEntity> USER_TASKS =
      new SearchEntity<>(
          "user-task",
          UserTaskEntity.class,
          "userTaskKey",
          Set.of(
              "userTaskKey",
              "name",
              "state",
              "assignee",
              "elementId",
              "elementInstanceKey",
              "processInstanceKey",
              "processDefinitionKey",
              "processDefinitionId",
              "creationDate",
              "completionDate",
              "dueDate",
              "followUpDate",
              "priority"),
          Set.of("candidateGroup", "candidateUser", "processInstanceVariables", "localVariables"),
          Set.of("name", "assignee", "completionDate", "dueDate", "followUpDate"),
          List.of(SearchQuery.SortOrder.asc("creationDate")));

  public static final SearchEntity<VariableEntity> VARIABLES =
      new SearchEntity<>(
          "variable",
          VariableEntity.class,
          "variableKey",
          Set.of(
              "variableKey",
              "name",
              "value",
              "scopeKey",
              "processInstanceKey",
              "processDefinitionKey",
              "processDefinitionId"),
          Set.of(),
          Set.of(),
          List.of(SearchQuery.SortOrder.asc("name")));

  public static final SearchEntity<IncidentEntity> INCIDENTS =
      new SearchEntity<>(
          "incident",
          IncidentEntity.class,
          "incidentKey",
          Set.of(
              "incidentKey",
              "errorType",
              "errorMessage",
              "state",
              "processInstanceKey",
              "processDefinitionKey",
              "processDefinitionId",
              "elementId",
              "elementInstanceKey",
              "jobKey",
              "creationTime"),
          Set.of(),
          Set.of("errorMessage", "jobKey"),
          List.of(SearchQuery.SortOrder.desc("creationTime")));

  public static final SearchEntity<JobEntity> JOBS =
      new SearchEntity<>(
          "job",
          JobEntity.class,
          "jobKey",
          Set.of(
              "jobKey",
              "type",
              "worker",
              "state",
              "retries",
              "errorCode",
              "processInstanceKey",
              "elementInstanceKey",
              "elementId",
              "processDefinitionKey",
              "processDefinitionId",
              "errorMessage",
              "deadline",
              "endTime",
              "kind",
              "listenerEventType",
              "hasFailedWithRetriesLeft",
              "isDenied",
              "deniedReason"),
          Set.of(),
          Set.of("worker", "errorCode", "errorMessage", "deadline", "endTime", "deniedReason"),
          List.of(SearchQuery.SortOrder.asc("jobKey")));

  public static final SearchEntity<MessageSubscriptionEntity> MESSAGE_SUBSCRIPTIONS =
      new SearchEntity<>(
          "message-subscription",
          MessageSubscriptionEntity.class,
          "messageSubscriptionKey",
          Set.of(
              "messageSubscriptionKey",
              "processInstanceKey",
              "elementInstanceKey",
              "processDefinitionKey",
              "processDefinitionId",
              "elementId",
              "messageName",
              "correlationKey",
              "messageSubscriptionState",
              "lastUpdatedDate"),
          Set.of(),
          Set.of("correlationKey"),
          List.of(SearchQuery.SortOrder.asc("messageSubscriptionKey")));

  public static final SearchEntity<DecisionInstanceEntity> DECISION_INSTANCES =
      new SearchEntity<>(
          "decision-instance",
          DecisionInstanceEntity.class,
          "decisionEvaluationInstanceKey",
          Set.of(
              "decisionEvaluationInstanceKey",
              "decisionEvaluationKey",
              "state",
              "evaluationDate",
              "evaluationFailure",
              "decisionDefinitionId",
              "decisionDefinitionName",
              "decisionDefinitionVersion",
              "decisionDefinitionKey",
              "decisionDefinitionType",
              "processDefinitionKey",
              "processInstanceKey",
              "elementInstanceKey"),
          Set.of(),
          Set.of("evaluationFailure", "decisionDefinitionName"),
          List.of(SearchQuery.SortOrder.desc("evaluationDate")));

  /** Every entity, for backends that set up one store per entity. */
  public static final List<SearchEntity<?>> ALL =
      List.of(
          PROCESS_DEFINITIONS,
          FORMS,
          PROCESS_INSTANCES,
          ELEMENT_INSTANCES,
          USER_TASKS,
          VARIABLES,
          INCIDENTS,
          JOBS,
          MESSAGE_SUBSCRIPTIONS,
          DECISION_INSTANCES);

  /** The fields a condition may name. */
  public Set<String> filterFields() {
    Set<String> all = new LinkedHashSet<>(fields);
    all.addAll(filterOnly);
    return all;
  }

  /**
   * Refuses a query that names a field this entity does not have, or asks for a page out of bounds,
   * naming what is wrong.
   */
  public void check(SearchQuery query) {
    if (query.limit() < 0 || query.limit() > MAX_RESULT_WINDOW) {
      throw new InvalidQueryException(
          "page.limit",
          "Expected page.limit between 0 and " + MAX_RESULT_WINDOW + ", but got " + query.limit());
    }
    if (query.from() < 0) {
      throw new InvalidQueryException(
          "page.from", "Expected page.from to be zero or more, but got " + query.from());
    }
    if ((long) query.from() + query.limit() > MAX_RESULT_WINDOW) {
      throw new InvalidQueryException(
          "page.from",
          "Expected page.from + page.limit to be at"
              + " most "
              + MAX_RESULT_WINDOW
              + ", but got "
              + ((long) query.from() + query.limit())
              + "; page on with page.after and the end cursor of the page before");
    }
    checkConditions(query.conditions());
    for (SearchQuery.SortOrder order : query.sort()) {
      if (!fields.contains(order.field())) {
        throw new InvalidQueryException(
            order.field(),
            "Expected a sort field of "
                + new java.util.TreeSet<>(fields)
                + ", but got '"
                + order.field()
                + "'");
      }
    }
  }

  private void checkConditions(List<Condition> conditions) {
    for (Condition condition : conditions) {
      if (condition.operator() == Operator.ANY_OF) {
        for (Object alternative : (List<?>) condition.value()) {
          @SuppressWarnings("unchecked")
          List<Condition> all = (List<Condition>) alternative;
          checkConditions(all);
        }
      } else if (condition.operator() == Operator.HAS) {
        Set<String> relatedFields = related.get(condition.field());
        if (relatedFields == null) {
          throw new InvalidQueryException(
              condition.field(),
              "Expected a relation of "
                  + new java.util.TreeSet<>(related.keySet())
                  + ", but got '"
                  + condition.field()
                  + "'");
        }
        @SuppressWarnings("unchecked")
        List<Condition> all = (List<Condition>) condition.value();
        for (Condition inner : all) {
          if (!relatedFields.contains(inner.field())) {
            throw new InvalidQueryException(
                condition.field() + "." + inner.field(),
                "Expected a filter field of "
                    + condition.field()
                    + " of "
                    + new java.util.TreeSet<>(relatedFields)
                    + ", but got '"
                    + inner.field()
                    + "'");
          }
        }
      } else if (condition.operator() != Operator.NONE
          && !condition.field().equals(Condition.KEY)
          && !fields.contains(condition.field())
          && !filterOnly.contains(condition.field())) {
        throw new InvalidQueryException(
            condition.field(),
            "Expected a filter field of "
                + new java.util.TreeSet<>(filterFields())
                + ", but got '"
                + condition.field()
                + "'");
      }
    }
  }

  /**
   * The order a query asks for, or the default one; the key last, so that the order is total and
   * pages are stable.
   */
  public List<SearchQuery.SortOrder> effectiveSort(SearchQuery query) {
    List<SearchQuery.SortOrder> sort =
        new java.util.ArrayList<>(query.sort().isEmpty() ? defaultSort : query.sort());
    if (sort.stream().noneMatch(order -> order.field().equals(keyField))) {
      // in the direction of the last field, so that a one-direction order stays one
      sort.add(new SearchQuery.SortOrder(keyField, sort.get(sort.size() - 1).descending()));
    }
    return sort;
  }

  @Override
  public String toString() {
    return name;
  }
}
