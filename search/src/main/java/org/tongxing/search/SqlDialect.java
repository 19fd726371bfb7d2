package org.tongxing.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The SQL that differs between H2 and PostgreSQL: upserts, and the migrations folder. */
public enum SqlDialect {
  H2 {
    @Override
    public String upsert(String table, List<String> keys, List<String> columns) {
      return "MERGE INTO "
          + table
          + " ("
          + String.join(", ", columns)
          + ") KEY ("
          + String.join(", ", keys)
          + ") VALUES ("
          + placeholders(columns.size())
          + ")";
    }
  },
  POSTGRESQL {
    @Override
    public String upsert(String table, List<String> keys, List<String> columns) {
      List<String> updates = columns.stream().filter(c -> !keys.contains(c)).toList();
      return "INSERT INTO "
          + table
          + " ("
          + String.join(", ", columns)
          + ") VALUES ("
          + placeholders(columns.size())
          + ") ON CONFLICT ("
          + String.join(", ", keys)
          + ") "
          + (updates.isEmpty()
              ? "DO NOTHING"
              : "DO UPDATE SET "
                  + updates.stream()
                      .map(c -> c + " = EXCLUDED." + c)
                      .collect(Collectors.joining(", ")));
    }
  };

  /** Inserts a row, or updates only the given columns of an existing one. */
  public abstract String upsert(String table, List<String> keys, List<String> columns);

  public static SqlDialect of(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("h2")) {
        return H2;
      }
      if (product.contains("postgres")) {
        return POSTGRESQL;
      }
      throw new IllegalStateException(
          "Expected an H2 or PostgreSQL database for the search side, but got '" + product + "'");
    } catch (SQLException e) {
      throw new IllegalStateException("Expected to connect to the search database, but failed", e);
    }
  }

  private static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }
}
