package org.tongxing.engine.log;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.tongxing.engine.record.Record;

/**
 * The log in a relational database (H2 file by default, PostgreSQL in production): one row per
 * batch, so one command and everything it caused is one row and one commit.
 */
public final class JdbcLogStore implements LogStore {

  private final DataSource dataSource;
  private final RecordCodec codec = new RecordCodec();
  private Connection writeConnection;
  private PreparedStatement insert;

  public JdbcLogStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void append(List<Record> batch) {
    if (batch.isEmpty()) {
      return;
    }
    byte[] data = codec.encode(batch);
    try {
      PreparedStatement statement = insertStatement();
      statement.setLong(1, batch.get(0).position());
      statement.setLong(2, batch.get(batch.size() - 1).position());
      statement.setBytes(3, data);
      statement.executeUpdate();
      writeConnection.commit();
    } catch (SQLException e) {
      discardWriteConnection();
      throw new LogStoreException(
          "Expected to append records " + batch.get(0).position() + ".."
              + batch.get(batch.size() - 1).position() + " to the log, but the database failed",
          e);
    }
  }

  private PreparedStatement insertStatement() throws SQLException {
    if (writeConnection == null) {
      writeConnection = dataSource.getConnection();
      writeConnection.setAutoCommit(false);
      insert = writeConnection.prepareStatement(
          "INSERT INTO engine_log (first_position, last_position, data) VALUES (?, ?, ?)");
    }
    return insert;
  }

  private void discardWriteConnection() {
    if (writeConnection != null) {
      try {
        writeConnection.rollback();
        writeConnection.close();
      } catch (SQLException ignored) {
        // the connection is broken already; a new one is opened for the next batch
      }
      writeConnection = null;
      insert = null;
    }
  }

  @Override
  public void replay(long fromPosition, Consumer<Record> consumer) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT data FROM engine_log WHERE last_position >= ? ORDER BY first_position")) {
      connection.setAutoCommit(false); // lets PostgreSQL stream with a fetch size
      select.setFetchSize(256);
      select.setLong(1, fromPosition);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          for (Record record : codec.decode(rows.getBytes(1))) {
            if (record.position() >= fromPosition) {
              consumer.accept(record);
            }
          }
        }
      }
      connection.commit();
    } catch (SQLException e) {
      throw new LogStoreException("Expected to read the log from position " + fromPosition
          + ", but the database failed", e);
    }
  }

  @Override
  public void deleteUpTo(long position) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("DELETE FROM engine_log WHERE last_position <= ?")) {
      delete.setLong(1, position);
      delete.executeUpdate();
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new LogStoreException(
          "Expected to delete the log up to position " + position + ", but failed", e);
    }
  }

  @Override
  public long lastPosition() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT MAX(last_position) FROM engine_log");
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new LogStoreException("Expected to read the log's last position, but failed", e);
    }
  }

  @Override
  public void close() {
    discardWriteConnection();
  }
}
