package org.tongxing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's migrations run once; a database at the latest version skips Flyway. */
class SchemaMigrationsTest {

  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

  @TempDir Path directory;

  @Test
  void shouldKnowTheLatestVersionOfEveryVendorsMigrations() throws Exception {
    for (String vendor : new String[] {"h2", "postgresql"}) {
      // when
      int latest;
      try (Stream<Path> scripts = Files.list(migrations(vendor))) {
        latest =
            scripts
                .map(path -> VERSIONED.matcher(path.getFileName().toString()))
                .filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1)))
                .max()
                .orElseThrow();
      }

      // then
      assertThat(SchemaMigrations.ENGINE.latestVersion()).as(vendor).isEqualTo(latest);
    }
  }

  @Test
  void shouldMigrateANewDatabaseAndThenSeeItCurrent() {
    // given
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + directory.resolve("engine"));
    assertThat(SchemaMigrations.ENGINE.isCurrent(dataSource)).isFalse();

    // when
    SchemaMigrations.ENGINE.migrate(dataSource);

    // then
    assertThat(SchemaMigrations.ENGINE.isCurrent(dataSource)).isTrue();
    SchemaMigrations.ENGINE.migrate(dataSource); // and again: nothing to do, no error
  }

  @Test
  void shouldSeeAMigratedPostgresqlDatabaseCurrent() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      // given
      DataSource dataSource = postgres.getPostgresDatabase();
      assertThat(SchemaMigrations.ENGINE.isCurrent(dataSource)).isFalse();

      // when
      SchemaMigrations.ENGINE.migrate(dataSource);

      // then
      assertThat(SchemaMigrations.ENGINE.isCurrent(dataSource)).isTrue();
    }
  }

  private static Path migrations(String vendor) throws URISyntaxException {
    return Path.of(SchemaMigrationsTest.class.getResource("/db/engine/" + vendor).toURI());
  }
}
