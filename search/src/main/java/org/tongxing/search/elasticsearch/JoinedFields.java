package org.tongxing.search.elasticsearch;

import static org.tongxing.search.elasticsearch.ElasticsearchExporter.fields;
import static org.tongxing.search.elasticsearch.RecordDocuments.id;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetOperation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tongxing.search.query.SearchEntity;

/**
 * Fields that copy another entity's state, so that a search needs no join: the definition's name on
 * its instances and tasks; whether an instance has an active incident, and their messages; its
 * element instances once per element, state and incident; the variables of a task's process
 * instance and of its own scope on the task (the tasklist filters tasks by them); and every scope's
 * variables once more as terms a wildcard can match. What is stored is read by real-time get (never
 * a search, which would miss what is not yet refreshed), or from what the last chunks stored
 * ({@link RecentDocuments}), then the chunk's changes are laid over it; replaying a chunk gives the
 * same.
 */
final class JoinedFields {

  /** Documents whose read-back fields are kept from the chunks that stored them. */
  static final int RECENT_DOCUMENTS = 40_000;

  private static final List<String> INSTANCE_FIELDS =
      List.of("variables", "userTasks", "activeIncidents", "incidentMessages", "elements");
  private static final List<String> SCOPE_FIELDS = List.of("variables", "scopeUserTaskKey");

  private final ElasticsearchClient client;
  private final ElasticsearchIndices indices;

  /** Definitions never change: their names are kept once read. */
  private final Map<Long, String> definitionNames = new ConcurrentHashMap<>();

  private final RecentDocuments recent = new RecentDocuments(RECENT_DOCUMENTS);

  JoinedFields(ElasticsearchClient client, ElasticsearchIndices indices) {
    this.client = client;
    this.indices = indices;
  }

  void fill(RecordDocuments chunk, DocumentBuffer documents) throws IOException {
    definitionNames.putAll(chunk.deployedNames);
    String instanceIndex = indices.of(SearchEntity.PROCESS_INSTANCES);
    String elementIndex = indices.of(SearchEntity.ELEMENT_INSTANCES);
    String taskIndex = indices.of(SearchEntity.USER_TASKS);

    Set<Long> instances = new LinkedHashSet<>(chunk.instanceVariables.keySet());
    instances.addAll(chunk.incidentsChanged);
    instances.addAll(chunk.elementsChanged);
    chunk.newTasks.values().forEach(task -> instances.add(task.processInstanceKey()));
    Set<Long> scopes = new LinkedHashSet<>(chunk.localVariables.keySet());
    chunk.newTasks.values().forEach(task -> scopes.add(task.elementInstanceKey()));
    Set<Long> definitions = new LinkedHashSet<>(chunk.newInstances.values());
    chunk.newTasks.values().forEach(task -> definitions.add(task.processDefinitionKey()));
    definitions.removeAll(definitionNames.keySet());

    Map<String, Map<String, Object>> stored =
        read(
            documents,
            instanceIndex,
            instances,
            INSTANCE_FIELDS,
            elementIndex,
            scopes,
            SCOPE_FIELDS,
            definitions);
    definitions.forEach(
        key -> {
          Map<String, Object> definition =
              stored.get(key(indices.of(SearchEntity.PROCESS_DEFINITIONS), key));
          if (definition != null && definition.get("name") != null) {
            definitionNames.put(key, (String) definition.get("name"));
          }
        });

    chunk.newInstances.forEach(
        (instance, definition) ->
            documents.update(
                instanceIndex,
                id(instance),
                fields("processDefinitionName", definitionNames.get(definition))));
    chunk.newTasks.forEach(
        (task, created) ->
            documents.update(
                taskIndex,
                id(task),
                fields("processName", definitionNames.get(created.processDefinitionKey()))));

    for (long instance : instances) {
      Map<String, Object> current = current(stored, documents, instanceIndex, instance);
      if (chunk.incidentsChanged.contains(instance)) {
        Map<String, Object> active = map(current.get("activeIncidents"));
        Map<String, Object> messages = map(current.get("incidentMessages"));
        documents.update(
            instanceIndex,
            id(instance),
            fields(
                "hasIncident", active.containsValue(Boolean.TRUE),
                "errorMessages",
                    active.entrySet().stream()
                        .filter(incident -> Boolean.TRUE.equals(incident.getValue()))
                        .map(incident -> messages.get(incident.getKey()))
                        .filter(
                            message ->
                                message instanceof String text
                                    && text.length() <= RecordDocuments.SEARCHABLE_VALUE_LENGTH)
                        .distinct()
                        .toList()));
      }
      if (chunk.elementsChanged.contains(instance)) {
        documents.update(
            instanceIndex,
            id(instance),
            fields("elementInstances", elementInstances(map(current.get("elements")))));
      }
      Map<String, Object> changed = chunk.instanceVariables.get(instance);
      List<String> entries = DocumentFields.entries(map(current.get("variables")));
      if (changed != null) {
        documents.update(
            instanceIndex, id(instance), fields(DocumentFields.entriesOf("variables"), entries));
      }
      for (String task : map(current.get("userTasks")).keySet()) {
        if (chunk.newTasks.containsKey(Long.parseLong(task))) {
          documents.update(
              taskIndex,
              task,
              fields(
                  "processInstanceVariables",
                  map(current.get("variables")),
                  DocumentFields.entriesOf("processInstanceVariables"),
                  entries));
        } else if (changed != null) {
          documents.update(
              taskIndex,
              task,
              fields(
                  "processInstanceVariables",
                  changed,
                  DocumentFields.entriesOf("processInstanceVariables"),
                  entries));
        }
      }
    }
    for (long scope : scopes) {
      Map<String, Object> current = current(stored, documents, elementIndex, scope);
      Object task = current.get("scopeUserTaskKey");
      if (task == null) {
        continue;
      }
      long taskKey = ((Number) task).longValue();
      List<String> entries = DocumentFields.entries(map(current.get("variables")));
      if (chunk.newTasks.containsKey(taskKey)) {
        documents.update(
            taskIndex,
            id(taskKey),
            fields(
                "localVariables",
                map(current.get("variables")),
                DocumentFields.entriesOf("localVariables"),
                entries));
      } else if (chunk.localVariables.containsKey(scope)) {
        documents.update(
            taskIndex,
            id(taskKey),
            fields(
                "localVariables",
                chunk.localVariables.get(scope),
                DocumentFields.entriesOf("localVariables"),
                entries));
      }
    }
    stage(stored, documents, instanceIndex, instances, elementIndex, scopes);
  }

  /** The chunk whose fields were filled in last is stored: keep what it read back. */
  void stored() {
    recent.commit();
  }

  /** An export failed: read everything from the cluster again. */
  void forget() {
    recent.clear();
  }

  /**
   * What this chunk stores of the read-back fields, for the next chunks; any other instance or
   * element document it changes is forgotten, so that nothing kept is older than the cluster's.
   */
  private void stage(
      Map<String, Map<String, Object>> stored,
      DocumentBuffer documents,
      String instanceIndex,
      Set<Long> instances,
      String elementIndex,
      Set<Long> scopes) {
    Set<String> staged = new java.util.HashSet<>();
    for (long instance : instances) {
      staged.add(key(instanceIndex, instance));
      recent.stage(
          key(instanceIndex, instance),
          only(current(stored, documents, instanceIndex, instance), INSTANCE_FIELDS));
    }
    for (long scope : scopes) {
      staged.add(key(elementIndex, scope));
      recent.stage(
          key(elementIndex, scope),
          only(current(stored, documents, elementIndex, scope), SCOPE_FIELDS));
    }
    for (DocumentBuffer.DocumentId document : documents.documents().keySet()) {
      String id = document.index() + "/" + document.id();
      if ((document.index().equals(instanceIndex) || document.index().equals(elementIndex))
          && !staged.contains(id)) {
        recent.stage(id, null);
      }
    }
  }

  private static Map<String, Object> only(Map<String, Object> fields, List<String> names) {
    Map<String, Object> kept = new LinkedHashMap<>();
    for (String name : names) {
      if (fields.containsKey(name)) {
        kept.put(name, fields.get(name));
      }
    }
    return kept;
  }

  /**
   * What a filter by element asks about, once per element, state and incident: a case that went
   * through a loop a hundred times is one entry, not a hundred.
   */
  private static List<Map<String, Object>> elementInstances(Map<String, Object> elements) {
    Set<Map<String, Object>> distinct = new LinkedHashSet<>();
    for (Object element : elements.values()) {
      Map<String, Object> fields = map(element);
      if (fields.get("elementId") != null) {
        distinct.add(
            Map.of(
                "elementId",
                fields.get("elementId"),
                "state",
                fields.getOrDefault("state", "ACTIVE"),
                "hasIncident",
                Boolean.TRUE.equals(fields.get("incident"))));
      }
    }
    return List.copyOf(distinct);
  }

  /** The stored fields of a document with the chunk's changes laid over them. */
  private static Map<String, Object> current(
      Map<String, Map<String, Object>> stored, DocumentBuffer documents, String index, long key) {
    Map<String, Object> current = new LinkedHashMap<>();
    DocumentBuffer.Pending pending = documents.get(index, id(key));
    if (pending == null || !pending.whole) {
      DocumentBuffer.merge(current, stored.getOrDefault(key(index, key), Map.of()));
    }
    if (pending != null) {
      DocumentBuffer.merge(current, pending.fields);
    }
    return current;
  }

  /**
   * Reads the stored documents the chunk does not create whole, in one request, but for those kept
   * from the last chunks.
   */
  private Map<String, Map<String, Object>> read(
      DocumentBuffer documents,
      String instanceIndex,
      Set<Long> instances,
      List<String> instanceFields,
      String elementIndex,
      Set<Long> scopes,
      List<String> scopeFields,
      Set<Long> definitions)
      throws IOException {
    List<MultiGetOperation> gets = new ArrayList<>();
    Map<String, Map<String, Object>> stored = new HashMap<>();
    add(gets, stored, documents, instanceIndex, instances, instanceFields);
    add(gets, stored, documents, elementIndex, scopes, scopeFields);
    add(
        gets,
        stored,
        documents,
        indices.of(SearchEntity.PROCESS_DEFINITIONS),
        definitions,
        List.of("name"));
    if (gets.isEmpty()) {
      return stored;
    }
    @SuppressWarnings("rawtypes")
    MgetResponse<Map> response = client.mget(m -> m.docs(gets), Map.class);
    for (var item : response.docs()) {
      if (item.isFailure()) {
        throw new IOException(
            "Expected to read "
                + item.failure().index()
                + "/"
                + item.failure().id()
                + ", but "
                + item.failure().error().reason());
      }
      var result = item.result();
      if (result.found() && result.source() != null) {
        @SuppressWarnings("unchecked")
        Map<String, Object> source = result.source();
        stored.put(result.index() + "/" + result.id(), source);
      }
    }
    return stored;
  }

  private void add(
      List<MultiGetOperation> gets,
      Map<String, Map<String, Object>> stored,
      DocumentBuffer documents,
      String index,
      Set<Long> keys,
      List<String> fields) {
    for (long key : keys) {
      DocumentBuffer.Pending pending = documents.get(index, id(key));
      Map<String, Object> kept = recent.get(key(index, key));
      if (kept != null) {
        stored.put(key(index, key), kept);
      } else if (pending == null || !pending.whole) {
        gets.add(
            MultiGetOperation.of(
                g -> g.index(index).id(id(key)).source(s -> s.filter(f -> f.includes(fields)))));
      }
    }
  }

  private static String key(String index, long key) {
    return index + "/" + key;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }
}
