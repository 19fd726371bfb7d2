package org.tongxing.search.query;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.search.VariableValuePrefix;
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

/** The searchable entities: their tables, their fields as the Camunda API names them. */
public final class SearchTables {

  private SearchTables() {}

  /** The table of an entity. */
  @SuppressWarnings("unchecked")
  public static <T> EntityTable<T> of(SearchEntity<T> entity) {
    EntityTable<?> table = BY_ENTITY.get(entity);
    if (table == null) {
      throw new IllegalArgumentException(
          "Expected a search table for " + entity + ", but there is none");
    }
    return (EntityTable<T>) table;
  }

  static final EntityTable<ProcessDefinitionEntity> PROCESS_DEFINITIONS =
      new EntityTable<>(
          "search_process_definition t",
          "t.definition_key, t.bpmn_process_id, t.name, t.version, t.resource_name,"
              + " t.deployment_key",
          "t.definition_key",
          Map.of(
              "processDefinitionKey", "t.definition_key",
              "processDefinitionId", "t.bpmn_process_id",
              "name", "t.name",
              "version", "t.version",
              "resourceName", "t.resource_name"),
          Map.of(),
          row ->
              new ProcessDefinitionEntity(
                  row.getLong(1),
                  row.getString(2),
                  row.getString(3),
                  row.getInt(4),
                  row.getString(5),
                  row.getLong(6)));

  static final EntityTable<FormEntity> FORMS =
      new EntityTable<>(
          "search_form t",
          "t.form_key, t.form_id, t.version, t.form_schema",
          "t.form_key",
          Map.of("formKey", "t.form_key", "formId", "t.form_id", "version", "t.version"),
          Map.of(),
          row -> new FormEntity(row.getLong(1), row.getString(2), row.getInt(3), row.getString(4)));

  static final EntityTable<ProcessInstanceEntity> PROCESS_INSTANCES =
      new EntityTable<>(
              "search_process_instance t LEFT JOIN search_process_definition d"
                  + " ON d.definition_key = t.definition_key",
              "t.instance_key, t.definition_key, t.bpmn_process_id, d.name, t.version, t.state,"
                  + " t.start_time, t.end_time, t.parent_instance_key, t.parent_element_instance_key,"
                  + " "
                  + hasIncident("t.instance_key"),
              "t.instance_key",
              Map.of(
                  "processInstanceKey", "t.instance_key",
                  "processDefinitionKey", "t.definition_key",
                  "processDefinitionId", "t.bpmn_process_id",
                  "processDefinitionName", "d.name",
                  "processDefinitionVersion", "t.version",
                  "state", "t.state",
                  "startDate", "t.start_time",
                  "endDate", "t.end_time",
                  "parentProcessInstanceKey", "t.parent_instance_key",
                  "parentElementInstanceKey", "t.parent_element_instance_key"),
              Map.of(
                  "hasIncident",
                  (condition, parameters, rows) -> {
                    boolean wanted = Boolean.TRUE.equals(condition.value());
                    return (wanted ? "" : "NOT ") + hasIncident("t.instance_key");
                  },
                  "variables",
                  variable("t.instance_key"),
                  SearchEntity.ELEMENT_INSTANCES_RELATION,
                  SearchTables::elementInstanceExists,
                  "errorMessage",
                  SearchTables::activeIncidentMessage),
              SearchTables::processInstance)
          .withOrderIndexes(
              List.of("t.bpmn_process_id", "t.state", "t.start_time"),
              List.of("t.state", "t.start_time"),
              List.of("t.start_time"));

  static final EntityTable<ElementInstanceEntity> ELEMENT_INSTANCES =
      new EntityTable<>(
          "search_element_instance t",
          "t.element_instance_key, t.process_instance_key, t.definition_key, t.bpmn_process_id,"
              + " t.element_id, t.element_type, t.state, t.start_time, t.end_time,"
              + " t.incident_key",
          "t.element_instance_key",
          Map.of(
              "elementInstanceKey", "t.element_instance_key",
              "processInstanceKey", "t.process_instance_key",
              "processDefinitionKey", "t.definition_key",
              "processDefinitionId", "t.bpmn_process_id",
              "elementId", "t.element_id",
              "type", "t.element_type",
              "state", "t.state",
              "startDate", "t.start_time",
              "endDate", "t.end_time",
              "incidentKey", "t.incident_key"),
          Map.of(
              "hasIncident",
              (condition, parameters, rows) ->
                  "t.incident_key IS "
                      + (Boolean.TRUE.equals(condition.value()) ? "NOT " : "")
                      + "NULL"),
          row ->
              new ElementInstanceEntity(
                  row.getLong(1),
                  row.getLong(2),
                  row.getLong(3),
                  row.getString(4),
                  row.getString(5),
                  null,
                  row.getString(6),
                  row.getString(7),
                  row.getLong(8),
                  nullableLong(row, 9),
                  nullableLong(row, 10)));

  static final EntityTable<UserTaskEntity> USER_TASKS =
      new EntityTable<>(
              "search_user_task t LEFT JOIN search_process_definition d"
                  + " ON d.definition_key = t.definition_key",
              "t.user_task_key, t.name, t.state, t.assignee, t.element_id, t.element_instance_key,"
                  + " t.process_instance_key, t.definition_key, t.bpmn_process_id, d.name,"
                  + " t.version, t.form_key, t.external_form_reference, t.creation_time,"
                  + " t.completion_time, t.due_date, t.follow_up_date, t.priority, t.custom_headers,"
                  + " t.candidate_groups, t.candidate_users",
              "t.user_task_key",
              Map.ofEntries(
                  Map.entry("userTaskKey", "t.user_task_key"),
                  Map.entry("name", "t.name"),
                  Map.entry("state", "t.state"),
                  Map.entry("assignee", "t.assignee"),
                  Map.entry("elementId", "t.element_id"),
                  Map.entry("elementInstanceKey", "t.element_instance_key"),
                  Map.entry("processInstanceKey", "t.process_instance_key"),
                  Map.entry("processDefinitionKey", "t.definition_key"),
                  Map.entry("processDefinitionId", "t.bpmn_process_id"),
                  Map.entry("creationDate", "t.creation_time"),
                  Map.entry("completionDate", "t.completion_time"),
                  Map.entry("dueDate", "t.due_date"),
                  Map.entry("followUpDate", "t.follow_up_date"),
                  Map.entry("priority", "t.priority")),
              Map.of(
                  "candidateGroup", candidate("G"),
                  "candidateUser", candidate("U"),
                  "processInstanceVariables", variable("t.process_instance_key"),
                  "localVariables", variable("t.element_instance_key")),
              SearchTables::userTask)
          .withOrderIndexes(
              List.of("t.state", "t.creation_time"),
              List.of("t.assignee", "t.state", "t.creation_time"));

  static final EntityTable<VariableEntity> VARIABLES =
      new EntityTable<>(
          "search_variable t",
          "t.variable_key, t.name, t.var_value, t.scope_key, t.process_instance_key,"
              + " t.definition_key, t.bpmn_process_id",
          "t.variable_key",
          Map.of(
              "variableKey", "t.variable_key",
              "name", "t.name",
              "value", "t.var_value",
              "scopeKey", "t.scope_key",
              "processInstanceKey", "t.process_instance_key",
              "processDefinitionKey", "t.definition_key",
              "processDefinitionId", "t.bpmn_process_id"),
          Map.of(),
          row ->
              new VariableEntity(
                  row.getLong(1),
                  row.getString(2),
                  row.getString(3),
                  row.getLong(4),
                  row.getLong(5),
                  row.getLong(6),
                  row.getString(7)));

  static final EntityTable<IncidentEntity> INCIDENTS =
      new EntityTable<>(
          "search_incident t",
          "t.incident_key, t.error_type, t.error_message, t.state, t.process_instance_key,"
              + " t.definition_key, t.bpmn_process_id, t.element_id, t.element_instance_key,"
              + " t.job_key, t.creation_time",
          "t.incident_key",
          Map.ofEntries(
              Map.entry("incidentKey", "t.incident_key"),
              Map.entry("errorType", "t.error_type"),
              Map.entry("errorMessage", "t.error_message"),
              Map.entry("state", "t.state"),
              Map.entry("processInstanceKey", "t.process_instance_key"),
              Map.entry("processDefinitionKey", "t.definition_key"),
              Map.entry("processDefinitionId", "t.bpmn_process_id"),
              Map.entry("elementId", "t.element_id"),
              Map.entry("elementInstanceKey", "t.element_instance_key"),
              Map.entry("jobKey", "t.job_key"),
              Map.entry("creationTime", "t.creation_time")),
          Map.of(),
          row ->
              new IncidentEntity(
                  row.getLong(1),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  row.getLong(5),
                  row.getLong(6),
                  row.getString(7),
                  row.getString(8),
                  row.getLong(9),
                  nullableLong(row, 10),
                  row.getLong(11)));

  static final EntityTable<JobEntity> JOBS =
      new EntityTable<>(
          "search_job t",
          "t.job_key, t.job_type, t.worker, t.state, t.retries, t.error_message, t.error_code,"
              + " t.deadline, t.process_instance_key, t.element_instance_key, t.element_id,"
              + " t.definition_key, t.bpmn_process_id, t.custom_headers, t.end_time, t.kind,"
              + " t.listener_event_type, t.has_failed_with_retries_left, t.creation_time",
          "t.job_key",
          Map.ofEntries(
              Map.entry("jobKey", "t.job_key"),
              Map.entry("type", "t.job_type"),
              Map.entry("worker", "t.worker"),
              Map.entry("state", "t.state"),
              Map.entry("retries", "t.retries"),
              Map.entry("errorCode", "t.error_code"),
              Map.entry("processInstanceKey", "t.process_instance_key"),
              Map.entry("elementInstanceKey", "t.element_instance_key"),
              Map.entry("elementId", "t.element_id"),
              Map.entry("processDefinitionKey", "t.definition_key"),
              Map.entry("processDefinitionId", "t.bpmn_process_id"),
              Map.entry("errorMessage", "t.error_message"),
              Map.entry("deadline", "t.deadline"),
              Map.entry("endTime", "t.end_time"),
              Map.entry("kind", "t.kind"),
              Map.entry("listenerEventType", "t.listener_event_type"),
              Map.entry("hasFailedWithRetriesLeft", "t.has_failed_with_retries_left"),
              // only task listeners deny, and the embedded engine has none
              Map.entry("isDenied", "FALSE"),
              Map.entry("deniedReason", "CAST(NULL AS VARCHAR(255))")),
          Map.of(),
          row ->
              new JobEntity(
                  row.getLong(1),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  row.getInt(5),
                  row.getString(6),
                  row.getString(7),
                  nullableLong(row, 8),
                  row.getLong(9),
                  row.getLong(10),
                  row.getString(11),
                  row.getLong(12),
                  row.getString(13),
                  stringMap(row.getString(14)),
                  nullableLong(row, 15),
                  row.getString(16),
                  row.getString(17),
                  row.getBoolean(18),
                  nullableLong(row, 19)));

  static final EntityTable<MessageSubscriptionEntity> MESSAGE_SUBSCRIPTIONS =
      new EntityTable<>(
          "search_message_subscription t",
          "t.subscription_key, t.process_instance_key, t.element_instance_key, t.definition_key,"
              + " t.bpmn_process_id, t.element_id, t.message_name, t.correlation_key, t.state,"
              + " t.last_updated",
          "t.subscription_key",
          Map.of(
              "messageSubscriptionKey", "t.subscription_key",
              "processInstanceKey", "t.process_instance_key",
              "elementInstanceKey", "t.element_instance_key",
              "processDefinitionKey", "t.definition_key",
              "processDefinitionId", "t.bpmn_process_id",
              "elementId", "t.element_id",
              "messageName", "t.message_name",
              "correlationKey", "t.correlation_key",
              "messageSubscriptionState", "t.state",
              "lastUpdatedDate", "t.last_updated"),
          Map.of(),
          row ->
              new MessageSubscriptionEntity(
                  row.getLong(1),
                  row.getLong(2),
                  row.getLong(3),
                  row.getLong(4),
                  row.getString(5),
                  row.getString(6),
                  row.getString(7),
                  row.getString(8),
                  row.getString(9),
                  row.getLong(10)));

  static final EntityTable<DecisionInstanceEntity> DECISION_INSTANCES =
      new EntityTable<>(
          "search_decision_instance t",
          "t.instance_id, t.evaluation_key, t.state, t.evaluation_date, t.evaluation_failure,"
              + " t.decision_id, t.decision_name, t.decision_version, t.decision_key,"
              + " t.decision_type, t.result, t.evaluated_inputs, t.matched_rules,"
              + " t.process_definition_key, t.process_instance_key, t.element_instance_key",
          "t.instance_id",
          Map.ofEntries(
              Map.entry("decisionEvaluationInstanceKey", "t.instance_id"),
              Map.entry("decisionEvaluationKey", "t.evaluation_key"),
              Map.entry("state", "t.state"),
              Map.entry("evaluationDate", "t.evaluation_date"),
              Map.entry("evaluationFailure", "t.evaluation_failure"),
              Map.entry("decisionDefinitionId", "t.decision_id"),
              Map.entry("decisionDefinitionName", "t.decision_name"),
              Map.entry("decisionDefinitionVersion", "t.decision_version"),
              Map.entry("decisionDefinitionKey", "t.decision_key"),
              Map.entry("decisionDefinitionType", "t.decision_type"),
              Map.entry("processDefinitionKey", "t.process_definition_key"),
              Map.entry("processInstanceKey", "t.process_instance_key"),
              Map.entry("elementInstanceKey", "t.element_instance_key")),
          Map.of(),
          row ->
              new DecisionInstanceEntity(
                  row.getString(1),
                  row.getLong(2),
                  row.getString(3),
                  row.getLong(4),
                  row.getString(5),
                  row.getString(6),
                  row.getString(7),
                  row.getInt(8),
                  row.getLong(9),
                  row.getString(10),
                  row.getString(11),
                  row.getString(12),
                  row.getString(13),
                  row.getLong(14),
                  row.getLong(15),
                  row.getLong(16)));

  private static final Map<SearchEntity<?>, EntityTable<?>> BY_ENTITY =
      Map.of(
          SearchEntity.PROCESS_DEFINITIONS, PROCESS_DEFINITIONS,
          SearchEntity.FORMS, FORMS,
          SearchEntity.PROCESS_INSTANCES, PROCESS_INSTANCES,
          SearchEntity.ELEMENT_INSTANCES, ELEMENT_INSTANCES,
          SearchEntity.USER_TASKS, USER_TASKS,
          SearchEntity.VARIABLES, VARIABLES,
          SearchEntity.INCIDENTS, INCIDENTS,
          SearchEntity.JOBS, JOBS,
          SearchEntity.MESSAGE_SUBSCRIPTIONS, MESSAGE_SUBSCRIPTIONS,
          SearchEntity.DECISION_INSTANCES, DECISION_INSTANCES);

  private static String hasIncident(String instanceKeyColumn) {
    return "EXISTS (SELECT 1 FROM search_incident i WHERE i.process_instance_key = "
        + instanceKeyColumn
        + " AND i.state = 'ACTIVE')";
  }

  /** The element instance fields a process instance filter may ask about, as columns. */
  private static final Map<String, String> ELEMENT_COLUMNS =
      Map.of("elementId", "ei.element_id", "state", "ei.state");

  /**
   * One element instance of the process instance (not the process itself) matches every condition:
   * {@code elementId}, {@code state} and {@code hasIncident} of the same one.
   */
  private static String elementInstanceExists(
      Condition condition, List<Object> parameters, EntityTable.RowCount rows) {
    StringBuilder sql =
        new StringBuilder(
            "EXISTS (SELECT 1 FROM search_element_instance ei"
                + " WHERE ei.process_instance_key = t.instance_key AND ei.element_type <> 'PROCESS'");
    @SuppressWarnings("unchecked")
    List<Condition> all = (List<Condition>) condition.value();
    for (Condition inner : all) {
      sql.append(" AND ");
      if (inner.field().equals("hasIncident")) {
        sql.append("ei.incident_key IS ")
            .append(Boolean.TRUE.equals(inner.value()) ? "NOT NULL" : "NULL");
      } else {
        sql.append(SqlConditions.render(ELEMENT_COLUMNS.get(inner.field()), inner, parameters));
      }
    }
    return sql.append(")").toString();
  }

  /**
   * An active incident of the process instance has a matching error message. A negation ({@code
   * $neq}, {@code $notIn}) asks for an instance with active incidents none of which has the
   * message, as Elasticsearch reads a negation on a list of messages.
   */
  private static String activeIncidentMessage(
      Condition condition, List<Object> parameters, EntityTable.RowCount rows) {
    String active =
        "SELECT 1 FROM search_incident i WHERE i.process_instance_key = t.instance_key"
            + " AND i.state = 'ACTIVE'";
    Operator positive =
        switch (condition.operator()) {
          case NEQ -> Operator.EQ;
          case NOT_IN -> Operator.IN;
          default -> null;
        };
    if (positive == null) {
      return "EXISTS ("
          + active
          + " AND "
          + SqlConditions.render("i.error_message", condition, parameters)
          + ")";
    }
    return "EXISTS ("
        + active
        + ") AND NOT EXISTS ("
        + active
        + " AND "
        + SqlConditions.render(
            "i.error_message",
            new Condition(condition.field(), positive, condition.value()),
            parameters)
        + ")";
  }

  private static EntityTable.SpecialCondition candidate(String kind) {
    return (condition, parameters, rows) -> {
      String match = SqlConditions.render("c.name", condition, parameters);
      return "EXISTS (SELECT 1 FROM search_user_task_candidate c"
          + " WHERE c.user_task_key = t.user_task_key AND c.kind = '"
          + kind
          + "' AND "
          + match
          + ")";
    };
  }

  /** Fewer variables with a value than this, and a search starts from them. */
  static final long SELECTIVE_VARIABLE_VALUE = 1_000;

  /**
   * A variable of the scope has a value. An equality that few variables hold (a case's application
   * id) starts from them: the index on name and the value's first 255 characters finds one case
   * among a million in a handful of rows. One that many hold (a county's cases) is tested on each
   * row the rest of the search walks, which then stops at the page's end instead of gathering every
   * case of the county first; a bounded count through the same index tells which. Other operators
   * test each candidate scope.
   */
  private static EntityTable.SpecialCondition variable(String scopeKeyColumn) {
    return (condition, parameters, rows) -> {
      VariableValueFilter filter = (VariableValueFilter) condition.value();
      if (filter.operator() == Operator.EQ && filter.value() != null) {
        String value = String.valueOf(filter.value());
        List<Object> values =
            new java.util.ArrayList<>(List.of(filter.name(), VariableValuePrefix.of(value)));
        // a shorter prefix is the whole value: no need to read it
        String match = "v.name = ? AND v.value_prefix = ?";
        if (value.length() >= VariableValuePrefix.LENGTH) {
          values.add(value);
          match += " AND v.var_value = ?";
        }
        parameters.addAll(values);
        if (rows.upTo(SELECTIVE_VARIABLE_VALUE, "search_variable v WHERE " + match, values)
            < SELECTIVE_VARIABLE_VALUE) {
          return scopeKeyColumn
              + " IN (SELECT v.scope_key FROM search_variable v WHERE "
              + match
              + ")";
        }
        return "EXISTS (SELECT 1 FROM search_variable v WHERE v.scope_key = "
            + scopeKeyColumn
            + " AND "
            + match
            + ")";
      }
      parameters.add(filter.name());
      String match =
          SqlConditions.render(
              "v.var_value", new Condition("value", filter.operator(), filter.value()), parameters);
      return "EXISTS (SELECT 1 FROM search_variable v WHERE v.scope_key = "
          + scopeKeyColumn
          + " AND v.name = ? AND "
          + match
          + ")";
    };
  }

  private static ProcessInstanceEntity processInstance(ResultSet row) throws SQLException {
    return new ProcessInstanceEntity(
        row.getLong(1),
        row.getLong(2),
        row.getString(3),
        row.getString(4),
        row.getInt(5),
        row.getString(6),
        row.getLong(7),
        nullableLong(row, 8),
        positiveOrNull(nullableLong(row, 9)),
        positiveOrNull(nullableLong(row, 10)),
        row.getBoolean(11));
  }

  private static UserTaskEntity userTask(ResultSet row) throws SQLException {
    return new UserTaskEntity(
        row.getLong(1),
        row.getString(2),
        row.getString(3),
        row.getString(4),
        row.getString(5),
        row.getLong(6),
        row.getLong(7),
        row.getLong(8),
        row.getString(9),
        row.getString(10),
        row.getInt(11),
        nullableLong(row, 12),
        row.getString(13),
        row.getLong(14),
        nullableLong(row, 15),
        nullableLong(row, 16),
        nullableLong(row, 17),
        row.getInt(18),
        stringMap(row.getString(19)),
        stringList(row.getString(20)),
        stringList(row.getString(21)));
  }

  private static Long nullableLong(ResultSet row, int column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }

  private static Long positiveOrNull(Long value) {
    return value == null || value < 0 ? null : value;
  }

  private static Map<String, String> stringMap(String json) {
    if (json == null) {
      return Map.of();
    }
    try {
      return JsonValues.mapper().readValue(json, new TypeReference<Map<String, String>>() {});
    } catch (Exception e) {
      throw new IllegalStateException("Expected a JSON object of strings, but got " + json, e);
    }
  }

  private static List<String> stringList(String json) {
    if (json == null) {
      return List.of();
    }
    try {
      return JsonValues.mapper().readValue(json, new TypeReference<List<String>>() {});
    } catch (Exception e) {
      throw new IllegalStateException("Expected a JSON array of strings, but got " + json, e);
    }
  }
}
