package org.tongxing.engine.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * The engine's log as the database holds it, read with plain JDBC and JSON rather than through the
 * engine: what is durable, whatever the engine would make of it.
 */
final class DurableLog {

  /** One record: {@code p}, {@code k}, {@code vt}, {@code i} and {@code v} of the log's JSON. */
  record Entry(long position, long key, String valueType, String intent, JsonNode value) {

    boolean is(String valueType, String intent) {
      return this.valueType.equals(valueType) && this.intent.equals(intent);
    }

    long longField(String name) {
      return value.get(name).asLong();
    }

    String textField(String name) {
      return value.get(name).asText();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Entry> entries;

  private DurableLog(List<Entry> entries) {
    this.entries = entries;
  }

  static DurableLog read(DataSource dataSource) {
    List<Entry> entries = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT data FROM engine_log ORDER BY first_position");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        for (JsonNode record : JSON.readTree(rows.getBytes(1))) {
          entries.add(
              new Entry(
                  record.get("p").asLong(),
                  record.get("k").asLong(),
                  record.get("vt").asText(),
                  record.get("i").asText(),
                  record.get("v")));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Expected to read engine_log, but failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Expected engine_log to hold JSON arrays, but it does not", e);
    }
    return new DurableLog(List.copyOf(entries));
  }

  List<Entry> entries() {
    return entries;
  }

  List<Entry> entries(String valueType, String intent) {
    return entries(entry -> entry.is(valueType, intent));
  }

  List<Entry> entries(Predicate<Entry> filter) {
    return entries.stream().filter(filter).toList();
  }

  long lastPosition() {
    return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).position();
  }

  long maxKey() {
    return entries.stream().mapToLong(Entry::key).max().orElse(-1);
  }
}
