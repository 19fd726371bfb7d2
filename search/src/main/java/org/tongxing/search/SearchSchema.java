package org.tongxing.search;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Creates and migrates the search tables (versioned migrations, their own history table). */
public final class SearchSchema {

  private SearchSchema() {}

  public static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/search/" + SqlDialect.of(dataSource).migrationsFolder())
        .table("search_schema_history")
        // the engine and the search side share a database: each keeps its own history from 0
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
