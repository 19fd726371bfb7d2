package org.tongxing.engine.log;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Snapshots of the engine state in the engine's database; only the latest is kept. */
public final class JdbcSnapshotStore {

  /** A stored snapshot: the log position it holds the state of, and its encoded state. */
  public record StoredSnapshot(long position, byte[] data) {}

  private final DataSource dataSource;

  public JdbcSnapshotStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Stores a snapshot and drops the older ones, in one transaction. */
  public void save(long position, long createdAt, byte[] data) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO engine_snapshot (position, created_at, data) VALUES (?, ?, ?)");
          PreparedStatement delete =
              connection.prepareStatement("DELETE FROM engine_snapshot WHERE position <> ?")) {
        insert.setLong(1, position);
        insert.setLong(2, createdAt);
        insert.setBytes(3, data);
        insert.executeUpdate();
        delete.setLong(1, position);
        delete.executeUpdate();
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new LogStoreException(
          "Expected to store a snapshot at position " + position + ", but the database failed", e);
    }
  }

  /** The latest snapshot, or null when there is none. */
  public StoredSnapshot latest() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT position, data FROM engine_snapshot ORDER BY position DESC");
        ResultSet rows = select.executeQuery()) {
      return rows.next() ? new StoredSnapshot(rows.getLong(1), rows.getBytes(2)) : null;
    } catch (SQLException e) {
      throw new LogStoreException("Expected to read the latest snapshot, but failed", e);
    }
  }

  /** The position of the latest snapshot without reading it, or 0 when there is none. */
  public long latestPosition() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT MAX(position) FROM engine_snapshot");
        ResultSet rows = select.executeQuery()) {
      return rows.next() ? rows.getLong(1) : 0;
    } catch (SQLException e) {
      throw new LogStoreException("Expected to read the latest snapshot's position, but failed", e);
    }
  }
}
