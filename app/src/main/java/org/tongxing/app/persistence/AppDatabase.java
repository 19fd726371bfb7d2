package org.tongxing.app.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The app's own tables (case history, saved views, drafts, audit…) in the app's database, beside
 * the engine's and the search side's on the embedded runtime, alone on the camunda8 runtime.
 * Created once at start-up: the scripts in {@code db/app/} are migrated first (Flyway, history table
 * {@code app_schema_history}), so every repository that takes this finds its tables.
 *
 * <p>Scripts are portable SQL (H2 and PostgreSQL) named {@code V<yyyyMMddHHmm>__<what>.sql}: a
 * time-stamp version lets features written in parallel add scripts without clashing, and
 * out-of-order migration applies a script merged later with an older stamp.
 */
public final class AppDatabase {

  static final String HISTORY_TABLE = "app_schema_history";

  private final JdbcClient jdbc;

  public AppDatabase(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/app")
        .table(HISTORY_TABLE)
        // the engine's and the search side's tables share the database with their own histories
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .outOfOrder(true)
        .load()
        .migrate();
    this.jdbc = JdbcClient.create(dataSource);
  }

  public JdbcClient jdbc() {
    return jdbc;
  }
}
