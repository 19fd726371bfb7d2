package org.tongxing.search.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongxing.search.SqlDialect;

/**
 * Folds the changes of a chunk of records into one pending row per entity, then writes them with
 * batched upserts. Later changes of a column win; a column not changed keeps its stored value. This
 * keeps the projection fast (one write per entity per chunk) and idempotent (replaying a chunk
 * writes the same rows again).
 */
final class RowBuffer {

  private record TableKey(String table, List<String> keyColumns) {}

  private final Map<TableKey, Map<List<Object>, Map<String, Object>>> rows = new LinkedHashMap<>();

  /** Rows to delete before the upserts: table → column → values. */
  private final Map<String, Map<String, java.util.Set<Object>>> deletes = new LinkedHashMap<>();

  /** Merges column values into the pending row of the entity with the given key values. */
  void upsert(
      String table, List<String> keyColumns, List<Object> keyValues, Map<String, Object> columns) {
    Map<String, Object> row =
        rows.computeIfAbsent(new TableKey(table, keyColumns), k -> new LinkedHashMap<>())
            .computeIfAbsent(
                keyValues,
                k -> {
                  Map<String, Object> fresh = new LinkedHashMap<>();
                  for (int i = 0; i < keyColumns.size(); i++) {
                    fresh.put(keyColumns.get(i), keyValues.get(i));
                  }
                  return fresh;
                });
    row.putAll(columns);
  }

  void upsert(String table, String keyColumn, long key, Map<String, Object> columns) {
    upsert(table, List.of(keyColumn), List.of(key), columns);
  }

  /**
   * Replaces every row of a table whose column has the value: the stored ones are deleted before
   * the chunk's upserts, and pending upserts of this chunk for it are dropped.
   */
  void deleteWhere(String table, String column, Object value) {
    deletes
        .computeIfAbsent(table, t -> new LinkedHashMap<>())
        .computeIfAbsent(column, c -> new java.util.LinkedHashSet<>())
        .add(value);
    rows.forEach(
        (key, pending) -> {
          if (key.table().equals(table)) {
            pending.values().removeIf(row -> value.equals(row.get(column)));
          }
        });
  }

  boolean isEmpty() {
    return rows.isEmpty() && deletes.isEmpty();
  }

  void flush(Connection connection, SqlDialect dialect) throws SQLException {
    for (var table : deletes.entrySet()) {
      for (var column : table.getValue().entrySet()) {
        try (PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM " + table.getKey() + " WHERE " + column.getKey() + " = ?")) {
          for (Object value : column.getValue()) {
            delete.setObject(1, value);
            delete.addBatch();
          }
          delete.executeBatch();
        }
      }
    }
    deletes.clear();
    // one statement per table and set of columns; its SQL is built once, not per row
    List<PreparedStatement> statements = new ArrayList<>();
    try {
      for (var table : rows.entrySet()) {
        Map<List<String>, PreparedStatement> byColumns = new LinkedHashMap<>();
        for (Map<String, Object> row : table.getValue().values()) {
          List<String> columns = List.copyOf(row.keySet());
          PreparedStatement statement = byColumns.get(columns);
          if (statement == null) {
            statement =
                connection.prepareStatement(
                    dialect.upsert(table.getKey().table(), table.getKey().keyColumns(), columns));
            byColumns.put(columns, statement);
            statements.add(statement);
          }
          int index = 1;
          for (Object value : row.values()) {
            statement.setObject(index++, value);
          }
          statement.addBatch();
        }
      }
      for (PreparedStatement statement : statements) {
        statement.executeBatch();
      }
    } finally {
      for (PreparedStatement statement : statements) {
        statement.close();
      }
      rows.clear();
    }
  }
}
