package org.tongxing.search.elasticsearch;

import static org.tongxing.search.elasticsearch.ElasticsearchExporter.fields;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.DecisionEvaluationRecord;
import org.tongxing.engine.record.FormRecord;
import org.tongxing.engine.record.IncidentIntent;
import org.tongxing.engine.record.IncidentRecord;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.record.JobRecord;
import org.tongxing.engine.record.MessageSubscriptionRecord;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.ProcessRecord;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.record.VariableRecord;
import org.tongxing.search.RecordValues;
import org.tongxing.search.query.SearchEntity;

/**
 * The documents a chunk's records change, with the same meaning as the SQL projection's rows; and
 * what the chunk changed that other documents copy ({@link JoinedFields}).
 */
final class RecordDocuments {

  /** Longer values are kept, but not searchable (the mappings' {@code ignore_above}). */
  static final int SEARCHABLE_VALUE_LENGTH = 8191;

  /** A task the chunk created: the instance and scope whose variables it carries. */
  record NewTask(long processInstanceKey, long elementInstanceKey, long processDefinitionKey) {}

  final Map<Long, NewTask> newTasks = new LinkedHashMap<>();

  /** Variables of a process instance's own scope the chunk set: instance → name → value. */
  final Map<Long, Map<String, Object>> instanceVariables = new LinkedHashMap<>();

  /** Variables of inner scopes the chunk set: element instance → name → value. */
  final Map<Long, Map<String, Object>> localVariables = new LinkedHashMap<>();

  /** Process instances whose incidents the chunk created or resolved. */
  final Set<Long> incidentsChanged = new HashSet<>();

  /** Process instances whose element instances the chunk started, ended or marked failed. */
  final Set<Long> elementsChanged = new HashSet<>();

  /** Process instances the chunk started, by their definition (their documents name it). */
  final Map<Long, Long> newInstances = new LinkedHashMap<>();

  /** Names of the definitions the chunk deployed. */
  final Map<Long, String> deployedNames = new LinkedHashMap<>();

  private final ElasticsearchIndices indices;
  private final DocumentBuffer documents;

  RecordDocuments(ElasticsearchIndices indices, DocumentBuffer documents) {
    this.indices = indices;
    this.documents = documents;
  }

  String index(SearchEntity<?> entity) {
    return indices.of(entity);
  }

  void project(Record record) {
    Object value = record.value();
    if (value instanceof ProcessRecord process) {
      deployedNames.put(record.key(), process.name());
      documents.create(
          index(SearchEntity.PROCESS_DEFINITIONS),
          id(record.key()),
          fields(
              "processDefinitionKey", record.key(),
              "processDefinitionId", process.bpmnProcessId(),
              "name", process.name(),
              "version", process.version(),
              "resourceName", process.resourceName(),
              "deploymentKey", process.deploymentKey(),
              "bpmnXml", process.resource()));
    } else if (value instanceof FormRecord form) {
      documents.create(
          index(SearchEntity.FORMS),
          id(record.key()),
          fields(
              "formKey", record.key(),
              "formId", form.formId(),
              "version", form.version(),
              "schema", form.resource()));
    } else if (value instanceof ProcessInstanceRecord element) {
      projectElement(record, element);
    } else if (value instanceof UserTaskRecord task) {
      projectUserTask(record, task);
    } else if (value instanceof VariableRecord variable) {
      projectVariable(record, variable);
    } else if (value instanceof JobRecord job) {
      projectJob(record, job);
    } else if (value instanceof IncidentRecord incident) {
      projectIncident(record, incident);
    } else if (value instanceof DecisionEvaluationRecord evaluation) {
      projectDecision(record, evaluation);
    } else if (value instanceof MessageSubscriptionRecord subscription) {
      documents.update(
          index(SearchEntity.MESSAGE_SUBSCRIPTIONS),
          id(record.key()),
          fields(
              "subscriptionKey", record.key(),
              "processInstanceKey", subscription.processInstanceKey(),
              "elementInstanceKey", subscription.elementInstanceKey(),
              "processDefinitionKey", subscription.processDefinitionKey(),
              "processDefinitionId", subscription.bpmnProcessId(),
              "elementId", subscription.targetElementId(),
              "messageName", subscription.messageName(),
              "correlationKey", subscription.correlationKey(),
              "state", record.intent().name(),
              "lastUpdated", record.timestamp()));
    }
    // deployments and clock changes have nothing to search for
  }

  private void projectElement(Record record, ProcessInstanceRecord element) {
    if (element.bpmnElementType() == BpmnElementType.SEQUENCE_FLOW) {
      if (record.intent() == ProcessInstanceIntent.SEQUENCE_FLOW_TAKEN) {
        documents.create(
            indices.name(ElasticsearchIndices.SEQUENCE_FLOW),
            element.processInstanceKey() + "_" + element.elementId(),
            fields(
                "processInstanceKey", element.processInstanceKey(),
                "elementId", element.elementId(),
                "processDefinitionKey", element.processDefinitionKey(),
                "processDefinitionId", element.bpmnProcessId()));
      }
      return;
    }
    boolean isProcess = element.bpmnElementType() == BpmnElementType.PROCESS;
    String elementIndex = index(SearchEntity.ELEMENT_INSTANCES);
    String instanceIndex = index(SearchEntity.PROCESS_INSTANCES);
    switch ((ProcessInstanceIntent) record.intent()) {
      case ELEMENT_ACTIVATING -> {
        if (!isProcess) {
          element(
              element.processInstanceKey(),
              record.key(),
              fields("elementId", element.elementId(), "state", "ACTIVE", "incident", false));
        }
        documents.create(
            elementIndex,
            id(record.key()),
            fields(
                "elementInstanceKey", record.key(),
                "processInstanceKey", element.processInstanceKey(),
                "processDefinitionKey", element.processDefinitionKey(),
                "processDefinitionId", element.bpmnProcessId(),
                "elementId", element.elementId(),
                "type", element.bpmnElementType().name(),
                "state", "ACTIVE",
                "startDate", record.timestamp()));
        if (isProcess) {
          newInstances.put(record.key(), element.processDefinitionKey());
          documents.create(
              instanceIndex,
              id(record.key()),
              fields(
                  "processInstanceKey", record.key(),
                  "processDefinitionKey", element.processDefinitionKey(),
                  "processDefinitionId", element.bpmnProcessId(),
                  "processDefinitionVersion", element.version(),
                  "state", "ACTIVE",
                  "startDate", record.timestamp(),
                  "parentProcessInstanceKey",
                      RecordValues.keyOrNull(element.parentProcessInstanceKey()),
                  "parentElementInstanceKey",
                      RecordValues.keyOrNull(element.parentElementInstanceKey()),
                  "hasIncident", false));
        }
      }
      case ELEMENT_COMPLETED, ELEMENT_TERMINATED -> {
        String state =
            record.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED ? "COMPLETED" : "TERMINATED";
        Map<String, Object> end = fields("state", state, "endDate", record.timestamp());
        documents.update(elementIndex, id(record.key()), end);
        if (isProcess) {
          documents.update(instanceIndex, id(record.key()), end);
        } else {
          // an ended element instance has no active incident: it is resolved as it ends
          element(
              element.processInstanceKey(),
              record.key(),
              fields("elementId", element.elementId(), "state", state, "incident", false));
        }
      }
      default -> {
        // the other lifecycle steps change nothing a search shows
      }
    }
  }

  /**
   * The instance's document keeps each element instance's element, state and whether it has an
   * incident ({@code elements}, not indexed), from which {@link JoinedFields} derives the
   * searchable {@code elementInstances}.
   */
  private void element(
      long processInstanceKey, long elementInstanceKey, Map<String, Object> fields) {
    elementsChanged.add(processInstanceKey);
    documents.update(
        index(SearchEntity.PROCESS_INSTANCES),
        id(processInstanceKey),
        fields("elements", Map.of(id(elementInstanceKey), fields)));
  }

  private void projectUserTask(Record record, UserTaskRecord task) {
    UserTaskIntent intent = (UserTaskIntent) record.intent();
    String taskIndex = index(SearchEntity.USER_TASKS);
    if (!intent.carriesTaskAsItIs()) {
      // a transition's start or a task listener's correction: the task keeps its attributes
      // until the transition ends, only its state says that one is under way
      intent
          .lifecycleState()
          .ifPresent(
              state -> documents.update(taskIndex, id(record.key()), fields("state", state)));
      return;
    }
    Map<String, Object> fields =
        fields(
            "userTaskKey", record.key(),
            "name", task.name(),
            "assignee", RecordValues.orNull(task.assignee()),
            "elementId", task.elementId(),
            "elementInstanceKey", task.elementInstanceKey(),
            "processInstanceKey", task.processInstanceKey(),
            "processDefinitionKey", task.processDefinitionKey(),
            "processDefinitionId", task.bpmnProcessId(),
            "processDefinitionVersion", task.processDefinitionVersion(),
            "formKey", RecordValues.keyOrNull(task.formKey()),
            "externalFormReference", RecordValues.orNull(task.externalFormReference()),
            "creationDate", task.creationTimestamp(),
            "dueDate", RecordValues.epochMillis(task.dueDate()),
            "followUpDate", RecordValues.epochMillis(task.followUpDate()),
            "priority", task.priority(),
            "customHeaders", task.customHeaders(),
            "candidateGroups", task.candidateGroups(),
            "candidateUsers", task.candidateUsers());
    intent.lifecycleState().ifPresent(state -> fields.put("state", state));
    switch (intent) {
      case CREATING, CREATED -> {
        // written whole at CREATING when creating listeners run, and again at CREATED; the
        // joined fields are copied anew each time
        documents.create(taskIndex, id(record.key()), fields);
        newTasks.put(
            record.key(),
            new NewTask(
                task.processInstanceKey(), task.elementInstanceKey(), task.processDefinitionKey()));
        // the instance and the task's scope know their tasks, to copy variables onto them
        documents.update(
            index(SearchEntity.PROCESS_INSTANCES),
            id(task.processInstanceKey()),
            fields("userTasks", Map.of(id(record.key()), task.elementInstanceKey())));
        documents.update(
            index(SearchEntity.ELEMENT_INSTANCES),
            id(task.elementInstanceKey()),
            fields("scopeUserTaskKey", record.key()));
      }
      case COMPLETED, CANCELED -> {
        fields.put("completionDate", record.timestamp());
        documents.update(taskIndex, id(record.key()), fields);
      }
      // assigned, updated, or a denial (the task open as it was)
      default -> documents.update(taskIndex, id(record.key()), fields);
    }
  }

  private void projectVariable(Record record, VariableRecord variable) {
    Map<String, Object> fields =
        fields(
            "variableKey", record.key(),
            "name", variable.name(),
            "value", variable.value(),
            "scopeKey", variable.scopeKey(),
            "processInstanceKey", variable.processInstanceKey(),
            "processDefinitionKey", variable.processDefinitionKey(),
            "processDefinitionId", variable.bpmnProcessId());
    documents.update(index(SearchEntity.VARIABLES), id(record.key()), fields);
    // the scope's document carries its variables, for filters by a variable's value
    Map<String, Object> searchable = new LinkedHashMap<>();
    searchable.put(variable.name(), searchable(variable.value()));
    boolean ofInstance = variable.scopeKey() == variable.processInstanceKey();
    if (ofInstance) {
      instanceVariables
          .computeIfAbsent(variable.scopeKey(), k -> new LinkedHashMap<>())
          .putAll(searchable);
      documents.update(
          index(SearchEntity.PROCESS_INSTANCES),
          id(variable.scopeKey()),
          fields("variables", searchable));
    } else {
      localVariables
          .computeIfAbsent(variable.scopeKey(), k -> new LinkedHashMap<>())
          .putAll(searchable);
      documents.update(
          index(SearchEntity.ELEMENT_INSTANCES),
          id(variable.scopeKey()),
          fields("variables", searchable));
    }
  }

  /** A value too long to index is left out (null), so no filter matches it by an old value. */
  private static String searchable(String value) {
    return value != null && value.length() <= SEARCHABLE_VALUE_LENGTH ? value : null;
  }

  private void projectJob(Record record, JobRecord job) {
    JobIntent intent = (JobIntent) record.intent();
    Map<String, Object> fields =
        fields(
            "jobKey", record.key(),
            "type", job.type(),
            "worker", RecordValues.orNull(job.worker()),
            "kind", job.kind().name(),
            "listenerEventType", job.listenerEventType().name(),
            "retries", job.retries(),
            "errorMessage", RecordValues.orNull(job.errorMessage()),
            "errorCode", RecordValues.orNull(job.errorCode()),
            "deadline", RecordValues.keyOrNull(job.deadline()),
            "processInstanceKey", job.processInstanceKey(),
            "elementInstanceKey", job.elementInstanceKey(),
            "elementId", job.elementId(),
            "processDefinitionKey", job.processDefinitionKey(),
            "processDefinitionId", job.bpmnProcessId(),
            "customHeaders", job.customHeaders());
    RecordValues.jobState(intent).ifPresent(state -> fields.put("state", state));
    if (intent == JobIntent.FAILED) {
      fields.put("hasFailedWithRetriesLeft", job.retries() > 0);
    }
    if (RecordValues.endsJob(intent)) {
      fields.put("endTime", record.timestamp());
    }
    String jobIndex = index(SearchEntity.JOBS);
    if (intent == JobIntent.CREATED) {
      fields.put("creationTime", record.timestamp());
      fields.put("hasFailedWithRetriesLeft", false);
      fields.put("isDenied", false); // only task listeners deny, and there are none
      documents.create(jobIndex, id(record.key()), fields);
    } else {
      documents.update(jobIndex, id(record.key()), fields);
    }
  }

  private void projectIncident(Record record, IncidentRecord incident) {
    String incidentIndex = index(SearchEntity.INCIDENTS);
    String elementIndex = index(SearchEntity.ELEMENT_INSTANCES);
    boolean resolved = record.intent() == IncidentIntent.RESOLVED;
    incidentsChanged.add(incident.processInstanceKey());
    documents.update(
        index(SearchEntity.PROCESS_INSTANCES),
        id(incident.processInstanceKey()),
        fields("activeIncidents", Map.of(id(record.key()), !resolved)));
    if (incident.elementInstanceKey() != incident.processInstanceKey()) {
      element(
          incident.processInstanceKey(),
          incident.elementInstanceKey(),
          fields("incident", !resolved));
    }
    if (resolved) {
      documents.update(incidentIndex, id(record.key()), fields("state", "RESOLVED"));
      documents.update(
          elementIndex, id(incident.elementInstanceKey()), fields("incidentKey", null));
      return;
    }
    documents.update(
        index(SearchEntity.PROCESS_INSTANCES),
        id(incident.processInstanceKey()),
        fields("incidentMessages", fields(id(record.key()), incident.errorMessage())));
    documents.create(
        incidentIndex,
        id(record.key()),
        fields(
            "incidentKey", record.key(),
            "errorType", incident.errorType().name(),
            "errorMessage", incident.errorMessage(),
            "state", "ACTIVE",
            "processInstanceKey", incident.processInstanceKey(),
            "processDefinitionKey", incident.processDefinitionKey(),
            "processDefinitionId", incident.bpmnProcessId(),
            "elementId", incident.elementId(),
            "elementInstanceKey", incident.elementInstanceKey(),
            "jobKey", RecordValues.keyOrNull(incident.jobKey()),
            "creationTime", record.timestamp()));
    documents.update(
        elementIndex, id(incident.elementInstanceKey()), fields("incidentKey", record.key()));
  }

  private void projectDecision(Record record, DecisionEvaluationRecord evaluation) {
    String instanceId = RecordValues.decisionInstanceId(record);
    documents.create(
        index(SearchEntity.DECISION_INSTANCES),
        instanceId,
        fields(
            "instanceId", instanceId,
            "evaluationKey", record.key(),
            "state", RecordValues.decisionFailed(record) ? "FAILED" : "EVALUATED",
            "evaluationDate", record.timestamp(),
            "evaluationFailure", RecordValues.orNull(evaluation.failureMessage()),
            "decisionId", evaluation.decisionId(),
            "decisionName", evaluation.decisionName(),
            "decisionVersion", evaluation.decisionVersion(),
            "decisionKey", evaluation.decisionKey(),
            "decisionType", RecordValues.decisionType(record, evaluation),
            "result", evaluation.result(),
            "evaluatedInputs",
                org.tongxing.engine.json.JsonValues.toJson(evaluation.evaluatedInputs()),
            "matchedRules", org.tongxing.engine.json.JsonValues.toJson(evaluation.matchedRules()),
            "processDefinitionKey",
                RecordValues.calledBy(evaluation, evaluation.processDefinitionKey()),
            "processInstanceKey",
                RecordValues.calledBy(evaluation, evaluation.processInstanceKey()),
            "elementInstanceKey",
                RecordValues.calledBy(evaluation, evaluation.elementInstanceKey())));
  }

  static String id(long key) {
    return Long.toString(key);
  }
}
