package org.tongxing.app.persistence;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The app's own tables (case history, saved views, drafts, audit…) in the app's database, beside
 * the engine's and the search side's on the embedded runtime, alone on the camunda8 runtime.
 * Created once at start-up: the scripts in {@code db/app/} are migrated first (Flyway, history
 * table {@code app_schema_history}), so every repository that takes this finds its tables.
 *
 * <p>Scripts are portable SQL (H2 and PostgreSQL) named {@code V<yyyyMMddHHmm>__<what>.sql}: a
 * time-stamp version lets features written in parallel add scripts without clashing, and
 * out-of-order migration applies a script merged later with an older stamp.
 */
public final class AppDatabase {

  static final String HISTORY_TABLE = "app_schema_history";

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

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
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  public JdbcClient jdbc() {
    return jdbc;
  }

  /**
   * Runs the work in one transaction: every statement of {@link #jdbc()} inside it commits
   * together, or none does when the work throws.
   */
  public <T> T inTransaction(Supplier<T> work) {
    return transactions.execute(status -> work.get());
  }
}
