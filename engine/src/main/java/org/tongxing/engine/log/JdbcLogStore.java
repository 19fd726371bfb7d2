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

  /** Positions one query of a replay reads at most. */
  static final long POSITIONS_PER_READ = 20_000;

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
          "Expected to append records "
              + batch.get(0).position()
              + ".."
              + batch.get(batch.size() - 1).position()
              + " to the log, but the database failed",
          e);
    }
  }

  private PreparedStatement insertStatement() throws SQLException {
    if (writeConnection == null) {
      writeConnection = dataSource.getConnection();
      writeConnection.setAutoCommit(false);
      insert =
          writeConnection.prepareStatement(
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
  public LogReadAhead readFrom(long fromPosition) {
    return new LogReadAhead(fromPosition, this::read);
  }

  /**
   * Fetches and decodes the batches that hold the position and those after it, in order, up to the
   * last one there was when the reading began. The rows are read a window of positions at a time: a
   * database may hold a whole result in memory (H2 keeps tens of thousands of rows), and a log
   * millions of records long would not fit.
   */
  private void read(long fromPosition, Consumer<List<Record>> batches) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false); // lets PostgreSQL stream with a fetch size
      // the batch that holds the position starts at or before it: found through the key, as
      // are the rows from there on (no scan of the log before them)
      long start =
          single(
              connection,
              "SELECT COALESCE(MAX(first_position), 0) FROM engine_log"
                  + " WHERE first_position <= ?",
              fromPosition);
      long end =
          single(
              connection,
              "SELECT COALESCE(MAX(last_position), 0) FROM engine_log"
                  + " WHERE first_position >= ?",
              start);
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT data FROM engine_log WHERE first_position >= ? AND first_position < ?"
                  + " ORDER BY first_position")) {
        select.setFetchSize(256);
        for (long window = start; window <= end; window += POSITIONS_PER_READ) {
          select.setLong(1, window);
          select.setLong(2, window + POSITIONS_PER_READ);
          try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              batches.accept(codec.decode(rows.getBytes(1)));
            }
          }
        }
      }
      connection.commit();
    } catch (SQLException e) {
      throw new LogStoreException(
          "Expected to read the log from position " + fromPosition + ", but the database failed",
          e);
    }
  }

  private static long single(Connection connection, String sql, long parameter)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setLong(1, parameter);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  @Override
  public void deleteUpTo(long position) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            // first_position (the key) bounds the range, so the delete reads only what it deletes
            connection.prepareStatement(
                "DELETE FROM engine_log WHERE first_position <= ? AND last_position <= ?")) {
      delete.setLong(1, position);
      delete.setLong(2, position);
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
