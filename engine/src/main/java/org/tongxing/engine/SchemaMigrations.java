package org.tongxing.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The engine's tables, migrated by Flyway ({@code db/engine/<vendor>/V<n>__*.sql}, history in
 * {@code engine_schema_history}). A database already at {@link #LATEST_VERSION} is left alone
 * without starting Flyway, whose start-up (finding the scripts inside a packaged jar) costs a
 * second or two of every restart.
 */
final class SchemaMigrations {

  /** The highest {@code V<n>} under {@code db/engine/}; {@code SchemaMigrationsTest} checks it. */
  static final int LATEST_VERSION = 2;

  static final String HISTORY_TABLE = "engine_schema_history";

  private SchemaMigrations() {}

  static void migrate(DataSource dataSource) {
    if (isCurrent(dataSource)) {
      return;
    }
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/engine/" + DatabaseVendor.of(dataSource))
        .table(HISTORY_TABLE)
        // the engine and the search side share a database: each keeps its own history from 0
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  /** Whether every migration up to the latest has been applied, successfully. */
  static boolean isCurrent(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT \"version\", \"success\" FROM \"" + HISTORY_TABLE + "\"");
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
      return latest == LATEST_VERSION;
    } catch (SQLException e) {
      return false; // no history yet: a new database
    }
  }
}
