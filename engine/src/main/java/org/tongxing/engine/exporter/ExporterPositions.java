package org.tongxing.engine.exporter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The last position each exporter acknowledged, kept in the engine's database. */
final class ExporterPositions {

  private final DataSource dataSource;

  ExporterPositions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  long get(String exporterId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT position FROM exporter_position WHERE exporter_id = ?")) {
      select.setString(1, exporterId);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Expected to read the position of exporter '" + exporterId + "', but failed", e);
    }
  }

  void set(String exporterId, long position) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE exporter_position SET position = ? WHERE exporter_id = ?")) {
        update.setLong(1, position);
        update.setString(2, exporterId);
        if (update.executeUpdate() == 1) {
          return;
        }
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO exporter_position (exporter_id, position) VALUES (?, ?)")) {
        insert.setString(1, exporterId);
        insert.setLong(2, position);
        insert.executeUpdate();
      }
    }
  }
}
