package org.tongxing.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A set of tables migrated by Flyway ({@code <root>/<vendor>/V<n>__*.sql}, with a history table of
 * its own). A database already at the latest version is left alone without starting Flyway, whose
 * start-up (finding the scripts inside a packaged jar) costs a second or two of every restart.
 */
public final class SchemaMigrations {

  /** The engine's log, snapshots and exporter positions. */
  public static final SchemaMigrations ENGINE =
      new SchemaMigrations("db/engine", "engine_schema_history", 2);

  private final String root;
  private final String historyTable;
  private final int latestVersion;

  /**
   * @param root the scripts' folder on the classpath, one subfolder per vendor (h2, postgresql)
   * @param historyTable Flyway's history table for these scripts
   * @param latestVersion the highest {@code V<n>} of the scripts; a test of the owner checks it
   */
  public SchemaMigrations(String root, String historyTable, int latestVersion) {
    this.root = root;
    this.historyTable = historyTable;
    this.latestVersion = latestVersion;
  }

  public int latestVersion() {
    return latestVersion;
  }

  public void migrate(DataSource dataSource) {
    if (isCurrent(dataSource)) {
      return;
    }
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:" + root + "/" + DatabaseVendor.of(dataSource))
        .table(historyTable)
        // the engine and the search side share a database: each keeps its own history from 0
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  /** Whether every migration up to the latest has been applied, successfully. */
  public boolean isCurrent(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT \"version\", \"success\" FROM \"" + historyTable + "\"");
        ResultSet rows = select.executeQuery()) {
      int latest = -1;
      while (rows.next()) {
        if (!rows.getBoolean(2)) {
          return false; // a failed migration: Flyway says what to do
        }
        String version = rows.getString(1);
        if (version != null && version.matches("\\d+")) {
          latest = Math.max(latest, Integer.parseInt(version));
        }
      }
      return latest == latestVersion;
    } catch (SQLException e) {
      return false; // no history yet: a new database
    }
  }
}
