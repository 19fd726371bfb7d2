package org.tongxing.search;

import javax.sql.DataSource;
import org.tongxing.engine.SchemaMigrations;

/** Creates and migrates the search tables (versioned migrations, their own history table). */
public final class SearchSchema {

  /** The search tables' scripts; {@code SearchSchemaTest} checks the latest version. */
  static final SchemaMigrations MIGRATIONS =
      new SchemaMigrations("db/search", "search_schema_history", 10);

  private SearchSchema() {}

  public static void migrate(DataSource dataSource) {
    MIGRATIONS.migrate(dataSource);
  }
}
