package org.tongxing.search.elasticsearch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields that {@link JoinedFields} reads back (a case's variables, tasks, elements, incidents;
 * a scope's variables and task), as the last chunks stored them, for the most recently written
 * documents. A chunk reads them here instead of by real-time get: Elasticsearch answers a real-time
 * get of a document written since the last refresh by refreshing its shard first, so under load (a
 * case completed a few chunks after it was created) every chunk cost a refresh of the instance and
 * element indices. Only the exporter's one thread uses it, one chunk at a time: what a chunk will
 * store is {@link #stage staged}, and {@link #commit committed} once its bulk request has
 * succeeded; a failed export {@link #clear clears} everything, and the next chunk reads from the
 * cluster again.
 */
final class RecentDocuments {

  private final Map<String, Map<String, Object>> stored;
  private final Map<String, Map<String, Object>> staged = new LinkedHashMap<>();

  RecentDocuments(int capacity) {
    this.stored =
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Map<String, Object>> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The fields as last stored, or null when not known here. */
  Map<String, Object> get(String id) {
    return stored.get(id);
  }

  /** What the chunk under way stores for the document; null: not known, forget it. */
  void stage(String id, Map<String, Object> fields) {
    staged.put(id, fields);
  }

  /** The chunk under way is stored. */
  void commit() {
    staged.forEach(
        (id, fields) -> {
          if (fields == null) {
            stored.remove(id);
          } else {
            stored.put(id, fields);
          }
        });
    staged.clear();
  }

  void clear() {
    staged.clear();
    stored.clear();
  }
}
