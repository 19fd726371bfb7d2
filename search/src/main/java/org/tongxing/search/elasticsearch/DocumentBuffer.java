package org.tongxing.search.elasticsearch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Folds the changes of a chunk of records into one pending document per entity, as the SQL
 * projection folds rows: later values win, nested maps (a scope's variables) are merged. A document
 * the chunk creates is written whole; one it only changes is a partial update.
 */
final class DocumentBuffer {

  record DocumentId(String index, String id) {}

  static final class Pending {
    final Map<String, Object> fields = new LinkedHashMap<>();

    /** The chunk holds the entity's creation, so these fields are the whole document. */
    boolean whole;
  }

  private final Map<DocumentId, Pending> documents = new LinkedHashMap<>();

  /** The entity was created: its fields so far, written as a whole document. */
  void create(String index, String id, Map<String, Object> fields) {
    Pending pending = pending(index, id);
    pending.whole = true;
    merge(pending.fields, fields);
  }

  /** Changes fields of an entity; the others keep their stored values. */
  void update(String index, String id, Map<String, Object> fields) {
    merge(pending(index, id).fields, fields);
  }

  Pending get(String index, String id) {
    return documents.get(new DocumentId(index, id));
  }

  Map<DocumentId, Pending> documents() {
    return documents;
  }

  boolean isEmpty() {
    return documents.isEmpty();
  }

  private Pending pending(String index, String id) {
    return documents.computeIfAbsent(new DocumentId(index, id), key -> new Pending());
  }

  /** Merges the changes into the target: maps into maps, any other value replaced. */
  @SuppressWarnings("unchecked")
  static void merge(Map<String, Object> target, Map<String, Object> changes) {
    for (var change : changes.entrySet()) {
      Object current = target.get(change.getKey());
      if (current instanceof Map<?, ?> currentMap && change.getValue() instanceof Map<?, ?> more) {
        Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) currentMap);
        merge(merged, (Map<String, Object>) more);
        target.put(change.getKey(), merged);
      } else {
        target.put(
            change.getKey(),
            change.getValue() instanceof Map<?, ?> map
                ? new LinkedHashMap<>((Map<String, Object>) map)
                : change.getValue());
      }
    }
  }
}
